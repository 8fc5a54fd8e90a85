export * from './monotable-error';
export * from './errors';
