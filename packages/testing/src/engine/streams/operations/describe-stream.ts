import type { DescribeStreamInput } from './stream-inputs';
import type { Operation } from '../../operation-context';
import { checkLimit, findStream, requireMember } from './stream-errors';

/** DescribeStream: the stream and its single shard (none after ExclusiveStartShardId). */
export const describeStream: Operation<DescribeStreamInput, DescribeStreamInput> = {
  check: (input) => {
    requireMember(input.StreamArn, 'streamArn');
    checkLimit(input.Limit, 100);
    return input;
  },
  run: (input, { database }) => {
    const description = findStream(database.streams, input.StreamArn!).describe();
    if (input.ExclusiveStartShardId !== undefined) description.Shards = [];
    return { StreamDescription: description };
  },
};
