export * from './build-model';
export * from './load-entity-module';
export * from './load-module';
export type { ModuleContents } from './collect-exports';
export * from './load-model';
