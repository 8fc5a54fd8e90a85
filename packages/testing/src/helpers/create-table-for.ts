import {
  CreateTableCommand,
  DescribeTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

/** Anything that can create its table (a monotable connection) or describe it. */
export type TableSource =
  { createTable(): Promise<unknown> } | { tableDefinition(): CreateTableCommandInput };

const ACTIVE_TIMEOUT_MS = 30_000;

/**
 * Creates the table of `source` and waits until it is ACTIVE. With a `client` and a source
 * that has `tableDefinition()`, the definition is sent through that client; otherwise the
 * source's own `createTable()` is called. Duck-typed so this package never depends on
 * @monotable/core.
 *
 * @example await createTableFor(db, backend().client);
 */
export async function createTableFor(
  source: TableSource,
  client?: DynamoDBClient,
): Promise<string | undefined> {
  const definition = 'tableDefinition' in source ? source.tableDefinition() : undefined;
  if (client !== undefined && definition !== undefined) {
    await client.send(new CreateTableCommand(definition));
  } else if ('createTable' in source) {
    await source.createTable();
  } else {
    throw new Error(
      'createTableFor needs a client to send the table definition: createTableFor(source, client).',
    );
  }
  if (client !== undefined && definition?.TableName !== undefined)
    await waitUntilActive(client, definition.TableName);
  return definition?.TableName;
}

async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  const deadline = Date.now() + ACTIVE_TIMEOUT_MS;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every(
      (index) => index.IndexStatus === 'ACTIVE',
    );
    if (Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    if (Date.now() > deadline)
      throw new Error(`Table ${tableName} did not become ACTIVE within ${ACTIVE_TIMEOUT_MS} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
