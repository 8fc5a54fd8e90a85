import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DynamoDBClient,
  type GlobalSecondaryIndex,
  type LocalSecondaryIndex,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MemoryDynamoDB, type MemoryDynamoDBOptions } from '../../src/engine';

/** A fresh engine with a real SDK client and a DocumentClient on top of it. */
export function createEngine(options: MemoryDynamoDBOptions = {}) {
  const engine = new MemoryDynamoDB(options);
  const client: DynamoDBClient = engine.createClient({ maxAttempts: 1 });
  const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return { engine, client, documents };
}

export interface TableOptions {
  name?: string;
  sortKey?: boolean;
  globalIndexes?: GlobalSecondaryIndex[];
  localIndexes?: LocalSecondaryIndex[];
  extraAttributes?: CreateTableCommandInput['AttributeDefinitions'];
}

/** Creates the usual single-table layout: PK/SK strings, GSI key attributes declared as needed. */
export async function createTable(client: DynamoDBClient, options: TableOptions = {}): Promise<string> {
  const name = options.name ?? 'app';
  const sortKey = options.sortKey ?? true;
  await client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        ...(sortKey ? [{ AttributeName: 'SK', KeyType: 'RANGE' as const }] : []),
      ],
      AttributeDefinitions: [
        { AttributeName: 'PK', AttributeType: 'S' },
        ...(sortKey ? [{ AttributeName: 'SK', AttributeType: 'S' as const }] : []),
        ...(options.extraAttributes ?? []),
      ],
      GlobalSecondaryIndexes: options.globalIndexes,
      LocalSecondaryIndexes: options.localIndexes,
    }),
  );
  return name;
}

/** A GSI named `name` on `${name}PK` / `${name}SK` (both S). */
export function gsi(name: string, projection: GlobalSecondaryIndex['Projection'] = { ProjectionType: 'ALL' }): {
  index: GlobalSecondaryIndex;
  attributes: NonNullable<CreateTableCommandInput['AttributeDefinitions']>;
} {
  return {
    index: {
      IndexName: name,
      KeySchema: [
        { AttributeName: `${name}PK`, KeyType: 'HASH' },
        { AttributeName: `${name}SK`, KeyType: 'RANGE' },
      ],
      Projection: projection,
    },
    attributes: [
      { AttributeName: `${name}PK`, AttributeType: 'S' },
      { AttributeName: `${name}SK`, AttributeType: 'S' },
    ],
  };
}

/** Runs `action` and returns the error it throws (failing the test if it does not). */
export async function errorOf(action: () => Promise<unknown>): Promise<Error & Record<string, any>> {
  try {
    await action();
  } catch (error) {
    return error as Error & Record<string, any>;
  }
  throw new Error('expected the request to fail');
}
