import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListStreamsCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { StepInput, StreamOperationName } from './steps';

export const STREAM_COMMANDS: Record<StreamOperationName, new (input: any) => any> = {
  ListStreams: ListStreamsCommand,
  DescribeStream: DescribeStreamCommand,
  GetShardIterator: GetShardIteratorCommand,
  GetRecords: GetRecordsCommand,
};

/** A guard against a shard that never ends. */
const MAX_PAGES = 50;

const streamsClients = new WeakMap<DynamoDBClient, DynamoDBStreamsClient>();

/**
 * A DynamoDB Streams client for the endpoint, credentials and request handler of `client`:
 * DynamoDB Local and MemoryDynamoDB both serve the Streams API where they serve DynamoDB.
 */
export function streamsClientFor(client: DynamoDBClient): DynamoDBStreamsClient {
  let streams = streamsClients.get(client);
  if (!streams) {
    const { config } = client;
    streams = new DynamoDBStreamsClient({
      region: config.region,
      endpoint: config.endpoint,
      credentials: config.credentials,
      requestHandler: config.requestHandler,
      maxAttempts: 1,
    });
    streamsClients.set(client, streams);
  }
  return streams;
}

/**
 * The records of a table's latest stream, from TRIM_HORIZON, read page by page (GetRecords'
 * `Limit`) until a page comes back empty or the shard is closed and read to its end.
 */
export async function readStream(client: DynamoDBClient, input: StepInput): Promise<Record<string, any>> {
  const streams = streamsClientFor(client);
  const { Table } = await client.send(new DescribeTableCommand({ TableName: input.TableName as string }));
  const StreamArn = Table?.LatestStreamArn;
  const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn }));
  const ShardId = StreamDescription?.Shards?.[0]?.ShardId;
  let { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn, ShardId, ShardIteratorType: 'TRIM_HORIZON' }));
  const pages: Record<string, any>[][] = [];
  while (ShardIterator !== undefined && pages.length < MAX_PAGES) {
    const page = await streams.send(new GetRecordsCommand({ ShardIterator, Limit: input.Limit as number | undefined }));
    if (!page.Records?.length) break;
    pages.push(page.Records);
    ShardIterator = page.NextShardIterator;
  }
  const sequences = pages.flat().map((record) => BigInt(record.dynamodb.SequenceNumber));
  return {
    StreamStatus: StreamDescription?.StreamStatus,
    PageSizes: pages.map((page) => page.length),
    Records: pages.flat(),
    SequenceNumbersIncrease: sequences.every((sequence, index) => index === 0 || sequence > sequences[index - 1]),
    ShardClosed: ShardIterator === undefined,
  };
}
