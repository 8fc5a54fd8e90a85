export * from './target';
export * from './with-connection';
