export * from './types';
export * from './options';
export * from './metadata-registry';
export * from './validate-entities';
export * from './resolve-relation-target';
