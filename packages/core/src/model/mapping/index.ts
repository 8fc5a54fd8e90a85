export * from './to-stored-value';
export * from './from-stored-value';
export * from './to-item';
export * from './from-item';
