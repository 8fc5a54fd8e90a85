export * from './repository';
export * from './types';
export type { RepositoryContext } from './repository-context';
