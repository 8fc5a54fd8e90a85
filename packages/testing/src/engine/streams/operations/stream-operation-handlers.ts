import type { Operation } from '../../operation-context';
import { describeStream } from './describe-stream';
import { getRecords } from './get-records';
import { getShardIterator } from './get-shard-iterator';
import { listStreams } from './list-streams';

/** The DynamoDB Streams operations the engine serves, by their API name. */
export const streamOperationHandlers: Readonly<Record<string, Operation>> = {
  DescribeStream: describeStream,
  GetRecords: getRecords,
  GetShardIterator: getShardIterator,
  ListStreams: listStreams,
};

export const STREAM_OPERATIONS: ReadonlySet<string> = new Set(Object.keys(streamOperationHandlers));
