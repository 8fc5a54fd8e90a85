/**
 * An error the engine returns to the client the way DynamoDB does: `type` becomes the
 * `__type` of the JSON error body (e.g. com.amazonaws.dynamodb.v20120810#ResourceNotFoundException),
 * so the AWS SDK raises its own exception class for it.
 */
export class EngineError extends Error {
  constructor(
    readonly type: EngineErrorType,
    message: string,
    /** Extra fields of the error body, e.g. CancellationReasons or Item. */
    readonly extra: Record<string, unknown> = {},
    readonly statusCode = 400,
  ) {
    super(message);
    this.name = type;
  }
}

export type EngineErrorType =
  | 'ValidationException'
  | 'ResourceNotFoundException'
  | 'ResourceInUseException'
  | 'ConditionalCheckFailedException'
  | 'TransactionCanceledException'
  | 'TransactionConflictException'
  | 'IdempotentParameterMismatchException'
  | 'ProvisionedThroughputExceededException'
  | 'ThrottlingException'
  | 'ItemCollectionSizeLimitExceededException'
  | 'LimitExceededException'
  | 'SerializationException'
  | 'UnknownOperationException'
  | 'InternalServerError'
  | 'ExpiredIteratorException'
  | 'TrimmedDataAccessException';

/** Shorthand for the most common error: a request DynamoDB would reject as invalid. */
export function validationError(message: string): EngineError {
  return new EngineError('ValidationException', message);
}
