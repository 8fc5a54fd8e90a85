export * from './checkpoint';
export * from './migration-options';
export * from './rewrite-item';
export * from './run-migration';
export * from './table-checkpoint';
export * from './target-item';
