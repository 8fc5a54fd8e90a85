import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import {
  after,
  batchWrite,
  del,
  deleteTable,
  describeTable,
  last,
  put,
  readStream,
  T,
  transactWrite,
  update,
  updateTable,
  updateTtl,
  waitForExpiry,
  type PreviousOutputs,
  type Step,
} from '../harness/steps';
import { createTable, simpleTable } from '../harness/tables';

type ViewType = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';

const streamTable = (viewType: ViewType = 'NEW_AND_OLD_IMAGES'): Step =>
  createTable({ extra: { StreamSpecification: { StreamEnabled: true, StreamViewType: viewType } } });
const enableStream = (viewType: ViewType = 'NEW_AND_OLD_IMAGES'): Step =>
  updateTable({ StreamSpecification: { StreamEnabled: true, StreamViewType: viewType } });
const disableStream = (): Step => updateTable({ StreamSpecification: { StreamEnabled: false } });

const key = { pk: 'a', sk: '1' };
const setValue = (value: number): Step =>
  update(key, 'SET v = :v', { ExpressionAttributeValues: { ':v': value } });
/** An insert, two modifications and a removal of one item. */
const lifecycle: Step[] = [put({ ...key, v: 1, tags: new Set(['x']) }), setValue(2), put({ ...key, w: 'new' }), del(key)];

/** The table's latest stream ARN, from the DescribeTable step before. */
const latestArn = (previous: PreviousOutputs): string => last(previous).Table.LatestStreamArn;
const describeLatest = (): Step[] => [describeTable(), after('DescribeStream', (previous) => ({ StreamArn: latestArn(previous) }))];
/** Describe the table, then ask for an iterator of its stream's shard with `input`. */
const shardIterator = (input: Record<string, unknown>): Step[] => [
  ...describeLatest(),
  after('GetShardIterator', (previous) => ({
    StreamArn: last(previous).StreamDescription.StreamArn,
    ShardId: last(previous).StreamDescription.Shards[0].ShardId,
    ...input,
  })),
];

/** A TTL value an hour before the run (DynamoDB expires values of the last five years only). */
export const EXPIRED_AN_HOUR_AGO = Math.floor(Date.now() / 1000) - 3600;
export const TTL_EXPIRY_CASE = 'TTL removes an expired item with a REMOVE record written by the service';

const viewTypeCases: ConformanceCase[] = (['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'] as const).map((viewType) => ({
  name: `Put, update and delete write INSERT, MODIFY and REMOVE records with ${viewType}`,
  setup: [streamTable(viewType), ...lifecycle],
  request: readStream(),
}));

export const streamCases: CaseGroup = {
  area: 'Streams',
  cases: [
    {
      name: 'CreateTable with a stream shows its specification, label and ARN',
      setup: [streamTable('NEW_IMAGE')],
      request: describeTable(),
    },
    {
      name: 'CreateTable with a disabled stream shows no stream',
      request: createTable({ extra: { StreamSpecification: { StreamEnabled: false } } }),
    },
    {
      name: 'CreateTable refuses an enabled stream without a view type',
      request: createTable({ extra: { StreamSpecification: { StreamEnabled: true } } }),
    },
    {
      name: 'CreateTable refuses an unknown view type',
      request: createTable({ extra: { StreamSpecification: { StreamEnabled: true, StreamViewType: 'ALL_IMAGES' } } }),
    },
    {
      name: 'CreateTable refuses a view type on a disabled stream',
      request: createTable({ extra: { StreamSpecification: { StreamEnabled: false, StreamViewType: 'KEYS_ONLY' } } }),
    },
    ...viewTypeCases,
    {
      name: 'Writes that change nothing write no record',
      setup: [
        streamTable(),
        put({ ...key, v: 1 }),
        put({ ...key, v: 1 }),
        setValue(1),
        del({ pk: 'a', sk: 'missing' }),
        put({ ...key, v: 9 }, { ConditionExpression: 'attribute_not_exists(pk)' }),
        update(key, 'SET v = :v', { ExpressionAttributeValues: { ':v': 9 }, ConditionExpression: 'v = :v' }),
        del(key, { ConditionExpression: 'attribute_not_exists(pk)' }),
      ],
      request: readStream(),
    },
    {
      // DynamoDB orders stream records per item only; DynamoDB Local applies a batch's writes in
      // an order of its own, so the records are compared as a set.
      name: 'BatchWriteItem writes one record per changed item',
      setup: [
        streamTable(),
        put({ pk: 'b', sk: '0', v: 0 }),
        batchWrite({
          [T]: [
            { PutRequest: { Item: { pk: 'b', sk: '2', v: 2 } } },
            { DeleteRequest: { Key: { pk: 'b', sk: '0' } } },
            { PutRequest: { Item: { pk: 'b', sk: '1', v: 1 } } },
            { DeleteRequest: { Key: { pk: 'b', sk: 'missing' } } },
          ],
        }),
      ],
      request: { ...readStream(), unordered: true },
    },
    {
      name: 'TransactWriteItems writes one record per write and none for a condition check',
      setup: [
        streamTable(),
        put({ pk: 't', sk: '0', v: 0 }),
        put({ pk: 't', sk: '9', v: 9 }),
        transactWrite([
          { Put: { TableName: T, Item: { pk: 't', sk: '1', v: 1 } } },
          { Update: { TableName: T, Key: { pk: 't', sk: '0' }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': 5 } } },
          { ConditionCheck: { TableName: T, Key: { pk: 't', sk: '9' }, ConditionExpression: 'attribute_exists(pk)' } },
        ]),
        transactWrite([{ Delete: { TableName: T, Key: { pk: 't', sk: '9' } } }]),
      ],
      request: readStream(),
    },
    {
      name: TTL_EXPIRY_CASE,
      clock: true,
      setup: [
        streamTable(),
        updateTtl({ AttributeName: 'expiresAt', Enabled: true }),
        // The live item first: DynamoDB Local may sweep the expired one as soon as it is written.
        put({ pk: 'x', sk: '2', expiresAt: EXPIRED_AN_HOUR_AGO + 86_400 * 365 }),
        put({ pk: 'x', sk: '1', expiresAt: EXPIRED_AN_HOUR_AGO }),
        waitForExpiry({ pk: 'x', sk: '1' }),
      ],
      request: readStream(),
    },
    {
      name: 'A cancelled transaction writes no record',
      setup: [
        streamTable(),
        put({ pk: 't', sk: '0', v: 0 }),
        transactWrite([
          { Put: { TableName: T, Item: { pk: 't', sk: '1', v: 1 } } },
          { ConditionCheck: { TableName: T, Key: { pk: 't', sk: 'missing' }, ConditionExpression: 'attribute_exists(pk)' } },
        ]),
      ],
      request: readStream(),
    },
    {
      name: 'GetRecords pages by Limit',
      setup: [streamTable('KEYS_ONLY'), ...[1, 2, 3, 4, 5].map((i) => put({ pk: 'p', sk: String(i) }))],
      request: readStream(T, { Limit: 2 }),
    },
    {
      name: 'UpdateTable disables the stream: no more records, the shard closes',
      setup: [streamTable(), put({ ...key, v: 1 })],
      request: [disableStream(), describeTable(), put({ ...key, v: 2 }), readStream(), ...describeLatest()],
    },
    {
      name: 'UpdateTable enables a stream on a table without one',
      setup: [simpleTable()],
      request: [enableStream('OLD_IMAGE'), put({ ...key, v: 1 }), setValue(2), readStream()],
    },
    {
      name: 'A stream enabled again is a new stream',
      setup: [streamTable(), put({ ...key, v: 1 }), disableStream(), put({ ...key, v: 2 }), enableStream('NEW_IMAGE'), put({ ...key, v: 3 })],
      request: [readStream(), after('ListStreams', () => ({ TableName: T }))],
    },
    {
      name: 'UpdateTable refuses to enable an enabled stream or disable a missing one',
      setup: [streamTable(), simpleTable('$U')],
      request: [enableStream(), disableStream(), updateTable({ table: '$U', StreamSpecification: { StreamEnabled: false } })],
    },
    {
      name: 'UpdateTable refuses an enabled stream without a view type',
      setup: [simpleTable()],
      request: updateTable({ StreamSpecification: { StreamEnabled: true } }),
    },
    {
      name: 'DescribeStream shows the stream and its shard',
      setup: [streamTable('KEYS_ONLY'), put({ ...key, v: 1 })],
      request: describeLatest(),
    },
    {
      name: 'ListStreams pages by Limit',
      setup: [streamTable(), disableStream(), enableStream()],
      request: [
        after('ListStreams', () => ({ TableName: T, Limit: 1 })),
        after('ListStreams', (previous) => ({ TableName: T, Limit: 1, ExclusiveStartStreamArn: last(previous).LastEvaluatedStreamArn })),
        after('ListStreams', () => ({ TableName: 'no-such-table' })),
      ],
    },
    {
      name: 'A deleted table leaves its stream readable and disabled',
      setup: [streamTable(), put({ ...key, v: 1 }), describeTable(), deleteTable()],
      request: [
        after('DescribeStream', (previous) => ({ StreamArn: previous[2].Table.LatestStreamArn })),
        after('ListStreams', () => ({ TableName: T })),
      ],
    },
    {
      name: 'Shard iterators: LATEST, AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER',
      setup: [streamTable('KEYS_ONLY'), put({ pk: 'i', sk: '1' }), put({ pk: 'i', sk: '2' })],
      request: [
        ...shardIterator({ ShardIteratorType: 'TRIM_HORIZON' }),
        after('GetRecords', (previous) => ({ ShardIterator: last(previous).ShardIterator })),
        after('GetShardIterator', (previous) => ({
          StreamArn: previous.at(-3)!.StreamDescription.StreamArn,
          ShardId: previous.at(-3)!.StreamDescription.Shards[0].ShardId,
          ShardIteratorType: 'AT_SEQUENCE_NUMBER',
          SequenceNumber: last(previous).Records[1].dynamodb.SequenceNumber,
        })),
        after('GetRecords', (previous) => ({ ShardIterator: last(previous).ShardIterator })),
        after('GetShardIterator', (previous) => ({
          StreamArn: previous.at(-5)!.StreamDescription.StreamArn,
          ShardId: previous.at(-5)!.StreamDescription.Shards[0].ShardId,
          ShardIteratorType: 'AFTER_SEQUENCE_NUMBER',
          SequenceNumber: previous.at(-3)!.Records[0].dynamodb.SequenceNumber,
        })),
        after('GetRecords', (previous) => ({ ShardIterator: last(previous).ShardIterator })),
        after('GetShardIterator', (previous) => ({
          StreamArn: previous.at(-7)!.StreamDescription.StreamArn,
          ShardId: previous.at(-7)!.StreamDescription.Shards[0].ShardId,
          ShardIteratorType: 'LATEST',
        })),
        after('GetRecords', (previous) => ({ ShardIterator: last(previous).ShardIterator })),
      ],
    },
    {
      name: 'DescribeStream refuses an unknown stream',
      setup: [streamTable()],
      request: [
        describeTable(),
        after('DescribeStream', (previous) => ({ StreamArn: latestArn(previous).replace(/stream\/.*$/, 'stream/2000-01-01T00:00:00.000') })),
        after('DescribeStream', () => ({ StreamArn: 'not-an-arn' })),
      ],
    },
    {
      name: 'GetShardIterator refuses an unknown shard and a missing or short sequence number',
      setup: [streamTable(), put({ ...key, v: 1 })],
      request: [
        ...shardIterator({ ShardId: 'shardId-00000000000000000000-00000000', ShardIteratorType: 'TRIM_HORIZON' }),
        after('GetShardIterator', (previous) => ({
          StreamArn: previous.at(-2)!.StreamDescription.StreamArn,
          ShardId: previous.at(-2)!.StreamDescription.Shards[0].ShardId,
          ShardIteratorType: 'AT_SEQUENCE_NUMBER',
        })),
        after('GetShardIterator', (previous) => ({
          StreamArn: previous.at(-3)!.StreamDescription.StreamArn,
          ShardId: previous.at(-3)!.StreamDescription.Shards[0].ShardId,
          ShardIteratorType: 'AFTER_SEQUENCE_NUMBER',
          SequenceNumber: '12',
        })),
      ],
    },
    {
      name: 'GetRecords refuses an invalid shard iterator',
      request: after('GetRecords', () => ({ ShardIterator: 'not-an-iterator' })),
    },
  ],
};
