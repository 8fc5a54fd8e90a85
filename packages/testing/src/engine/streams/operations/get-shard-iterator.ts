import type { GetShardIteratorInput } from './stream-inputs';
import { EngineError, validationError } from '../../errors';
import type { Operation } from '../../operation-context';
import { encodeShardIterator } from '../shard-iterator';
import type { TableStream } from '../table-stream';
import { findStream, requireMember, trimmedDataAccess } from './stream-errors';

const ITERATOR_TYPES = ['AFTER_SEQUENCE_NUMBER', 'LATEST', 'AT_SEQUENCE_NUMBER', 'TRIM_HORIZON'];
const SEQUENCE_NUMBER_LENGTH = 21;

/**
 * GetShardIterator: where reading starts — the oldest record (TRIM_HORIZON), after the newest
 * (LATEST), or at / after a sequence number.
 */
export const getShardIterator: Operation<GetShardIteratorInput, GetShardIteratorInput> = {
  check: (input) => {
    requireMember(input.StreamArn, 'streamArn');
    requireMember(input.ShardId, 'shardId');
    const type = requireMember(input.ShardIteratorType, 'shardIteratorType');
    if (!ITERATOR_TYPES.includes(type)) {
      throw validationError(
        `1 validation error detected: Value '${type}' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: [${ITERATOR_TYPES.join(', ')}]`,
      );
    }
    const sequence = input.SequenceNumber;
    if (sequence !== undefined && sequence.length < SEQUENCE_NUMBER_LENGTH) {
      throw validationError(
        `1 validation error detected: Value '${sequence}' at 'sequenceNumber' failed to satisfy constraint: Member must have length greater than or equal to ${SEQUENCE_NUMBER_LENGTH}`,
      );
    }
    return input;
  },
  run: (input, { database, clock }) => {
    const stream = findStream(database.streams, input.StreamArn!);
    if (input.ShardId !== stream.shardId)
      throw new EngineError('ResourceNotFoundException', 'Shard does not exist');
    const sequence = startingSequence(stream, input);
    return { ShardIterator: encodeShardIterator({ stream, sequence }, clock.nowMs()) };
  },
};

function startingSequence(stream: TableStream, input: GetShardIteratorInput): number {
  switch (input.ShardIteratorType) {
    case 'TRIM_HORIZON':
      return stream.horizon;
    case 'LATEST':
      return stream.nextSequence();
    default: {
      const sequence = /^\d+$/.test(input.SequenceNumber ?? '')
        ? Number(input.SequenceNumber)
        : Number.NaN;
      if (!(sequence >= stream.startingSequence && sequence < stream.nextSequence())) {
        throw validationError('One or more parameter values were invalid: Invalid SequenceNumber');
      }
      if (stream.trimmed(sequence)) throw trimmedDataAccess();
      return input.ShardIteratorType === 'AFTER_SEQUENCE_NUMBER' ? sequence + 1 : sequence;
    }
  }
}
