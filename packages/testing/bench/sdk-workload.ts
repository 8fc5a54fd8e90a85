/**
 * The workload every target runs: the same DynamoDBClient commands whatever serves them, or the
 * same JSON bodies handed straight to the engine (`answer()`, no SDK) to show the engine's share.
 */
import {
  CreateTableCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type DynamoDBClient,
  type GetItemCommandInput,
  type GetItemCommandOutput,
  type PutItemCommandInput,
  type QueryCommandInput,
  type QueryCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { seed, type MemoryDynamoDB } from '../src';

export const TABLE_NAME = 'bench';
/** Items each workload Query returns. */
export const QUERY_PAGE = 10;
const GET_KEYS = 100;
const QUERY_PARTITIONS = 10;
export const PAYLOAD = 'x'.repeat(40);

export async function createBenchTable(client: DynamoDBClient, tableName = TABLE_NAME): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
}

/** The items that GetItem and Query read (written once per engine, before timing). */
export async function seedReadItems(client: DynamoDBClient): Promise<void> {
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < GET_KEYS; i++) items.push({ pk: `G#${i}`, sk: 'ITEM', n: i, payload: PAYLOAD });
  for (let p = 0; p < QUERY_PARTITIONS; p++) {
    for (let row = 0; row < QUERY_PAGE; row++) {
      items.push({ pk: `Q#${p}`, sk: `ROW#${row}`, n: row, payload: PAYLOAD });
    }
  }
  await seed(client, TABLE_NAME, items);
}

/** One kind of operation, runnable through an SDK client or directly on an engine. */
export interface WorkloadStep {
  name: string;
  viaSdk(client: DynamoDBClient, i: number): Promise<void>;
  viaEngine(engine: MemoryDynamoDB, i: number): void;
}

function step<I extends object, O>(
  name: string,
  operation: string,
  input: (i: number) => I,
  send: (client: DynamoDBClient, input: I) => Promise<O>,
  check: (output: O) => void,
): WorkloadStep {
  return {
    name,
    viaSdk: async (client, i) => check(await send(client, input(i))),
    viaEngine: (engine, i) => {
      const wire = engine.answer(`DynamoDB_20120810.${operation}`, JSON.stringify(input(i)));
      if (wire.statusCode !== 200) throw new Error(`${operation} answered ${wire.body}`);
      check(JSON.parse(wire.body) as O);
    },
  };
}

/** PutItem of a new small item (50 partitions). */
export const putItem = step(
  'PutItem',
  'PutItem',
  (i): PutItemCommandInput => ({
    TableName: TABLE_NAME,
    Item: { pk: { S: `W#${i % 50}` }, sk: { S: `ITEM#${i}` }, n: { N: String(i) }, payload: { S: PAYLOAD } },
  }),
  (client, input) => client.send(new PutItemCommand(input)),
  () => undefined,
);

/** GetItem of an existing item. */
const getItem = step(
  'GetItem',
  'GetItem',
  (i): GetItemCommandInput => ({
    TableName: TABLE_NAME,
    Key: { pk: { S: `G#${i % GET_KEYS}` }, sk: { S: 'ITEM' } },
  }),
  (client, input) => client.send(new GetItemCommand(input)),
  (output: Pick<GetItemCommandOutput, 'Item'>) => {
    if (!output.Item) throw new Error('GetItem found nothing');
  },
);

/** Query of one partition, returning QUERY_PAGE items. */
const query = step(
  `Query (${QUERY_PAGE} items)`,
  'Query',
  (i): QueryCommandInput => ({
    TableName: TABLE_NAME,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': { S: `Q#${i % QUERY_PARTITIONS}` } },
  }),
  (client, input) => client.send(new QueryCommand(input)),
  (output: Pick<QueryCommandOutput, 'Count'>) => {
    if (output.Count !== QUERY_PAGE) throw new Error(`Query returned ${output.Count} items, expected ${QUERY_PAGE}`);
  },
);

export const WORKLOAD: WorkloadStep[] = [putItem, getItem, query];
