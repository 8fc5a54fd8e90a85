import { EngineError, validationError } from '../../errors';
import type { StreamRegistry } from '../stream-registry';
import type { TableStream } from '../table-stream';

/** The stream with this ARN, or DynamoDB Local's ResourceNotFoundException naming it. */
export function findStream(streams: StreamRegistry, arn: string): TableStream {
  const stream = streams.find(arn);
  if (!stream)
    throw new EngineError(
      'ResourceNotFoundException',
      `Requested resource not found: Stream: ${arn} not found`,
    );
  return stream;
}

/** Coral's "must not be null" for a missing required member. */
export function requireMember<T>(value: T | undefined, member: string): T {
  if (value === undefined || value === null) {
    throw validationError(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

/** Coral's range check for a Limit member. */
export function checkLimit(limit: number | undefined, maximum: number): void {
  if (limit === undefined) return;
  if (limit < 1)
    throw validationError(
      `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1`,
    );
  if (limit > maximum) {
    throw validationError(
      `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to ${maximum}`,
    );
  }
}

/**
 * A read at a record older than the stream keeps (24 hours): DynamoDB Streams answers
 * TrimmedDataAccessException, for an iterator asked at such a sequence number and for an
 * iterator whose record was trimmed before it was used.
 */
export function trimmedDataAccess(): EngineError {
  return new EngineError(
    'TrimmedDataAccessException',
    'The operation attempted to read past the oldest stream record in a shard: stream records are kept for 24 hours',
  );
}
