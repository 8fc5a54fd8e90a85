export * from './body-parser-errors';
export * from './error-body';
export * from './shop-exception.filter';
