export * from './monotable';
export * from './repository';
export * from './relation-handle';
export * from './transaction-builder';
