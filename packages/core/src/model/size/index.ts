export * from './item-size';
export * from './attribute-value-size';
export * from './number-size';
export * from './assert-item-size';
