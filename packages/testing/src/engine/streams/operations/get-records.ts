import type { GetRecordsInput } from './stream-inputs';
import type { Operation } from '../../operation-context';
import { decodeShardIterator, encodeShardIterator } from '../shard-iterator';
import { checkLimit, requireMember, trimmedDataAccess } from './stream-errors';

const MAX_LIMIT = 1000;

/**
 * GetRecords: the records from the iterator's position on, and the iterator to continue from.
 * A closed shard (stream disabled, table deleted) read to its end gives no next iterator.
 */
export const getRecords: Operation<GetRecordsInput, GetRecordsInput> = {
  check: (input) => {
    requireMember(input.ShardIterator, 'shardIterator');
    checkLimit(input.Limit, MAX_LIMIT);
    return input;
  },
  run: (input, { database, clock }) => {
    const nowMs = clock.nowMs();
    const { stream, sequence } = decodeShardIterator(input.ShardIterator!, database.streams, nowMs);
    // The iterator points at a record trimmed since (older than 24 hours).
    if (stream.trimmed(sequence)) throw trimmedDataAccess();
    const records = stream.recordsFrom(sequence, input.Limit ?? MAX_LIMIT);
    const next = records.length > 0 ? records.at(-1)!.sequence + 1 : sequence;
    const output: Record<string, unknown> = { Records: records.map((record) => record.output) };
    if (stream.enabled || next < stream.nextSequence())
      output.NextShardIterator = encodeShardIterator({ stream, sequence: next }, nowMs);
    return output;
  },
};
