import { EngineError, validationError } from '../errors';
import { formatSequenceNumber } from './stream-record';
import type { StreamRegistry } from './stream-registry';
import type { TableStream } from './table-stream';

/** How long an iterator stays usable, as in DynamoDB Streams. */
const ITERATOR_LIFETIME_MS = 15 * 60 * 1000;
const ITERATOR_VERSION = '001';

/** Where a reader is in a shard: the sequence number of the next record to return. */
export interface ShardPosition {
  stream: TableStream;
  sequence: number;
}

/**
 * A shard iterator in DynamoDB Local's form: the stream ARN, a version and, in base64, the
 * shard, the next sequence number and when it was issued (iterators expire after 15 minutes).
 */
export function encodeShardIterator(position: ShardPosition, issuedAtMs: number): string {
  const payload = `${position.stream.shardId}|${formatSequenceNumber(position.sequence)}|${String(issuedAtMs).padStart(20, '0')}`;
  return `${position.stream.arn}|${ITERATOR_VERSION}|${Buffer.from(payload).toString('base64')}`;
}

export function decodeShardIterator(
  iterator: string,
  streams: StreamRegistry,
  nowMs: number,
): ShardPosition {
  const [arn, version, encoded, ...rest] = iterator.split('|');
  const stream = arn === undefined ? undefined : streams.find(arn);
  if (!stream || version !== ITERATOR_VERSION || encoded === undefined || rest.length > 0)
    throw invalidIterator();
  const [shardId, sequence, issuedAt] = Buffer.from(encoded, 'base64').toString('utf8').split('|');
  if (
    shardId !== stream.shardId ||
    !/^\d{21}$/.test(sequence ?? '') ||
    !/^\d{20}$/.test(issuedAt ?? '')
  )
    throw invalidIterator();
  const issuedAtMs = Number(issuedAt);
  if (nowMs - issuedAtMs > ITERATOR_LIFETIME_MS) {
    throw new EngineError(
      'ExpiredIteratorException',
      `Iterator expired. The iterator was created at time ${new Date(issuedAtMs).toISOString()} while right now it's ` +
        `${new Date(nowMs).toISOString()} which is further in the future than the tolerated delay of ${ITERATOR_LIFETIME_MS} milliseconds.`,
    );
  }
  return { stream, sequence: Number(sequence) };
}

function invalidIterator(): EngineError {
  return validationError('Invalid ShardIterator');
}
