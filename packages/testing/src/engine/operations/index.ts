export * from './operation-handlers';
