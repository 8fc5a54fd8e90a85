export * from './request-scope';
export * from './dynamodb-logger';
export * from './request-log.middleware';
export * from './startup-quiet-logger';
export * from './shutdown-log';
