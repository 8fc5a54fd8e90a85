import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteItemCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { sendExactJson } from './exact-json';
import type { OperationName, Step, StepInput } from './steps';
import { readStream, STREAM_COMMANDS, streamsClientFor } from './stream-steps';

const COMMANDS: Record<OperationName, new (input: any) => any> = {
  ...STREAM_COMMANDS,
  CreateTable: CreateTableCommand,
  DeleteTable: DeleteTableCommand,
  DescribeTable: DescribeTableCommand,
  ListTables: ListTablesCommand,
  UpdateTable: UpdateTableCommand,
  DescribeTimeToLive: DescribeTimeToLiveCommand,
  UpdateTimeToLive: UpdateTimeToLiveCommand,
  PutItem: PutItemCommand,
  GetItem: GetItemCommand,
  UpdateItem: UpdateItemCommand,
  DeleteItem: DeleteItemCommand,
  Query: QueryCommand,
  Scan: ScanCommand,
  BatchGetItem: BatchGetItemCommand,
  BatchWriteItem: BatchWriteItemCommand,
  TransactGetItems: TransactGetItemsCommand,
  TransactWriteItems: TransactWriteItemsCommand,
};

/** A guard against a pagination loop that never ends (a LastEvaluatedKey that repeats). */
const MAX_PAGES = 200;

type Output = Record<string, any>;

/**
 * Sends one step (its input already resolved) and returns the raw SDK output; with `exactJson`,
 * the request body is `input` written out as it is.
 */
export async function sendStep(
  client: DynamoDBClient,
  op: Step['op'],
  input: StepInput,
  exactJson = false,
): Promise<Output> {
  switch (op) {
    case 'QueryAll':
      return { Pages: await allPages(client, 'Query', input) };
    case 'ScanAll':
      return summarizeScan(await allPages(client, 'Scan', input));
    case 'ParallelScan': {
      const { TotalSegments, ...rest } = input as StepInput & { TotalSegments: number };
      const segments = await Promise.all(
        Array.from({ length: TotalSegments }, (_, Segment) =>
          allPages(client, 'Scan', { ...rest, Segment, TotalSegments }),
        ),
      );
      // Which segment holds an item is up to the engine's hash: only the union is compared.
      const { PageCount: _pages, ...union } = summarizeScan(segments.flat());
      return union;
    }
    case 'WaitForActive':
      await waitForActive(client, input);
      return {};
    case 'ReadStream':
      return readStream(client, input);
    case 'WaitForExpiry':
      await waitForExpiry(client, input);
      return {};
    case 'ListStreams':
    case 'DescribeStream':
    case 'GetShardIterator':
    case 'GetRecords':
      return streamsClientFor(client).send(new COMMANDS[op](input));
    default:
      if (exactJson) return sendExactJson(client, new COMMANDS[op]({}), input);
      return client.send(new COMMANDS[op](input));
  }
}

async function allPages(
  client: DynamoDBClient,
  op: 'Query' | 'Scan',
  input: StepInput,
): Promise<Output[]> {
  const pages: Output[] = [];
  let exclusiveStartKey = input.ExclusiveStartKey;
  do {
    const page: Output = await client.send(
      new COMMANDS[op]({ ...input, ExclusiveStartKey: exclusiveStartKey }),
    );
    pages.push({
      Items: page.Items,
      Count: page.Count,
      ScannedCount: page.ScannedCount,
      LastEvaluatedKey: page.LastEvaluatedKey,
    });
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey !== undefined && pages.length < MAX_PAGES);
  return pages;
}

/**
 * DynamoDB Local now and then fails a DescribeTable with InternalFailure (HTTP 500) while it
 * back-fills a new index: such an answer is polled again, not reported.
 */
async function waitForActive(client: DynamoDBClient, input: StepInput): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { Table }: Output = await client
      .send(new DescribeTableCommand(input as { TableName: string }))
      .catch((error: Error) => {
        if (error.name !== 'InternalFailure' || Date.now() > deadline) throw error;
        return {};
      });
    const indexes: Output[] = Table?.GlobalSecondaryIndexes ?? [];
    if (Table?.TableStatus === 'ACTIVE' && indexes.every((index) => index.IndexStatus === 'ACTIVE'))
      return;
    if (Date.now() > deadline)
      throw new Error(`${String(input.TableName)} is not ACTIVE after 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitForExpiry(client: DynamoDBClient, input: StepInput): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await client.send(new GetItemCommand(input as any))).Item) {
    if (Date.now() > deadline) throw new Error('TTL did not remove the item within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Scan pages reduced to what DynamoDB fixes: page count, totals, and the set of items. */
function summarizeScan(pages: Output[]): Output {
  const items = pages.flatMap((page) => page.Items ?? []);
  const distinct = new Set(items.map((item) => JSON.stringify(item)));
  return {
    PageCount: pages.length,
    Count: pages.reduce((sum, page) => sum + (page.Count ?? 0), 0),
    ScannedCount: pages.reduce((sum, page) => sum + (page.ScannedCount ?? 0), 0),
    Items: items,
    Duplicates: items.length - distinct.size,
  };
}
