import { ScanCommand, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { createTableFor } from './create-table-for';
import { describeEachBackend } from './describe-each-backend';
import { resetTable } from './reset-table';
import { seed } from './seed';
import { uniqueTableName } from './unique-table-name';

function definition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    KeySchema: [
      { AttributeName: 'name', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      { AttributeName: 'name', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'N' },
    ],
    BillingMode: 'PAY_PER_REQUEST',
  };
}

describeEachBackend('table helpers', (backend) => {
  test('createTableFor + seed + resetTable: 60 items in, none left, the table still usable', async () => {
    const { client } = backend();
    const tableName = uniqueTableName('helpers');
    await expect(
      createTableFor({ tableDefinition: () => definition(tableName) }, client),
    ).resolves.toBe(tableName);
    // `name` is a reserved word: resetTable must not break on it.
    await seed(
      client,
      tableName,
      Array.from({ length: 60 }, (_, i) => ({ name: `p${i % 3}`, sk: i, tags: new Set(['a']) })),
    );
    const before = await client.send(new ScanCommand({ TableName: tableName, Select: 'COUNT' }));
    expect(before.Count).toBe(60);
    await resetTable(client, tableName);
    const after = await client.send(new ScanCommand({ TableName: tableName, Select: 'COUNT' }));
    expect(after.Count).toBe(0);
  });

  test('createTableFor calls createTable() of a source without a definition', async () => {
    const createTable = jest.fn(async () => undefined);
    await createTableFor({ createTable });
    expect(createTable).toHaveBeenCalledTimes(1);
  });
});
