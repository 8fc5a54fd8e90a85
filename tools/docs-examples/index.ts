export * from './documentation-pages';
export * from './extract-examples';
export * from './type-check-examples';
export * from './describe-documentation-examples';
export * from './check-links';
