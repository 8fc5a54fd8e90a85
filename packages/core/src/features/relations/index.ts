export * from './relation-model';
export * from './relation-links';
export * from './load-relations';
export * from './read-collection';
export * from './delete-edges';
