export * from './map-concurrent';
export * from './batch-get-error';
export * from './batch-get-all';
export * from './batch-write-all';
