export * from './transaction-builder';
export * from './run-transaction';
