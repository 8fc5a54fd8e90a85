export * from './marker-key';
export * from './unique-attributes';
export * from './unique-snapshot';
export * from './unique-guard';
export * from './prepare-marker-writes';
export * from './check-unique-markers';
export * from './fold-marker-handovers';
export * from './assert-no-markers';
