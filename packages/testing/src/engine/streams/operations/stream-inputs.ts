// The DynamoDB Streams requests, as the engine reads them (the engine does not depend on the
// Streams SDK client: users bring their own).

export interface ListStreamsInput {
  TableName?: string;
  Limit?: number;
  ExclusiveStartStreamArn?: string;
}

export interface DescribeStreamInput {
  StreamArn?: string;
  Limit?: number;
  ExclusiveStartShardId?: string;
}

export interface GetShardIteratorInput {
  StreamArn?: string;
  ShardId?: string;
  ShardIteratorType?: string;
  SequenceNumber?: string;
}

export interface GetRecordsInput {
  ShardIterator?: string;
  Limit?: number;
}
