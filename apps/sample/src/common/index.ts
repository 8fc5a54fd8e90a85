export * from './api-page-response.decorator';
export * from './entity-ref';
export * from './if-match';
export * from './invalid-property';
export * from './key-segment.pipe';
export * from './page.query';
export * from './validation-exception.factory';
