export * from './instantiate';
