export * from './instantiate';
export * from './declared-keys';
