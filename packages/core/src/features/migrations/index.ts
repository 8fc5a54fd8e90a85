export * from './checkpoint';
export * from './migration-options';
export * from './rewrite-item';
export * from './run-migration';
export * from '../../model/schema/stored-schema-version';
export * from '../../model/schema/upgrade-entity';
export * from './table-checkpoint';
export * from './target-item';
