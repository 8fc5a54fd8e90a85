export * from './engine';
export * from './local';
export * from './helpers';
