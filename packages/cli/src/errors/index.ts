export * from './cli-error';
export * from './explain-error';
export * from './error-chain';
