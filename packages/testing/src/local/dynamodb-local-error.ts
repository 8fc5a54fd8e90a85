/** Stable codes of the failures the DynamoDB Local launcher reports. */
export type DynamoDBLocalErrorCode =
  | 'PACKAGE_NOT_INSTALLED'
  | 'JAVA_NOT_FOUND'
  | 'JAVA_TOO_OLD'
  | 'STARTUP_FAILED'
  | 'STARTUP_TIMEOUT'
  | 'NON_LOCAL_ENDPOINT';

/**
 * Raised when DynamoDB Local cannot be started or a test client would reach a non-local
 * endpoint. The message says what went wrong and how to fix it.
 */
export class DynamoDBLocalError extends Error {
  override readonly name = 'DynamoDBLocalError';

  constructor(
    readonly code: DynamoDBLocalErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
