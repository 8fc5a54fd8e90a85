export * from './retry-policy';
export * from './backoff-delay';
export * from './is-throttling-error';
export * from './retry-unprocessed';
