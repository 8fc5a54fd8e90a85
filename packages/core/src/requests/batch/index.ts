export * from './chunk';
export * from './dedupe-by-key';
export * from './key-identity';
export * from './write-request';
export * from './build-batch-get-params';
export * from './build-batch-write-params';
