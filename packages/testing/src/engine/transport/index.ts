export * from './wire-protocol';
export * from './sdk-request-handler';
export * from './http-server';
export * from './server-limits';
