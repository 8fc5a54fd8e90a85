const THROTTLING_ERROR_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
]);

/** True for the errors DynamoDB raises when a request was throttled and may simply be retried. */
export function isThrottlingError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { name } = error as { name?: unknown };
  return typeof name === 'string' && THROTTLING_ERROR_NAMES.has(name);
}
