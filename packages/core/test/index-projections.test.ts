import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describeEachBackend } from '@monotable/testing';
import { Attribute, ConfigurationError, Entity, Monotable, Table } from '../src';

// Reads through an index tell entities apart by the type attribute: every index monotable
// defines projects it (and the schema version), whatever projection the Table asks for.
const ProjectedTable = new Table({
  name: 'projections',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: {
    keysOnly: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK', projection: 'KEYS_ONLY' },
    someAttributes: { partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: ['title'] },
    localKeysOnly: {
      partitionKey: 'PK',
      sortKey: 'LSI1SK',
      type: 'local',
      projection: 'KEYS_ONLY',
    },
  },
});

@Entity({
  table: ProjectedTable,
  pk: 'PRODUCT#{sku}',
  sk: 'PRODUCT',
  indexes: {
    keysOnly: { pk: 'SHELF#{shelf}', sk: 'PRODUCT#{sku}' },
    someAttributes: { pk: 'SHELF#{shelf}', sk: 'PRODUCT#{sku}' },
    localKeysOnly: { pk: 'PRODUCT#{sku}', sk: 'SHELF#{shelf}' },
  },
})
class Product {
  @Attribute() sku!: string;
  @Attribute() shelf!: string;
  @Attribute() title!: string;
  @Attribute({ type: 'number' }) price!: number;
}

/** Shares the keysOnly partitions of Product: only the type attribute tells them apart there. */
@Entity({
  table: ProjectedTable,
  pk: 'LABEL#{id}',
  sk: 'LABEL',
  indexes: { keysOnly: { pk: 'SHELF#{shelf}', sk: 'LABEL#{id}' } },
})
class ShelfLabel {
  @Attribute() id!: string;
  @Attribute() shelf!: string;
}

let tables = 0;

test('tableDefinition: every index projects the type and version attributes', () => {
  const db = new Monotable({
    client: new DynamoDBClient({ region: 'local' }),
    table: ProjectedTable,
    entities: [Product, ShelfLabel],
  });
  const definition = db.tableDefinition();
  const projections = Object.fromEntries(
    [...definition.GlobalSecondaryIndexes!, ...definition.LocalSecondaryIndexes!].map((index) => [
      index.IndexName,
      index.Projection,
    ]),
  );
  expect(projections).toEqual({
    keysOnly: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['_type', '_v'] },
    someAttributes: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['_type', '_v', 'title'] },
    localKeysOnly: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['_type', '_v'] },
  });
});

describeEachBackend('Reads through indexes that project some attributes', (backend) => {
  test('a keys-only index returns this entity only, read from its keys; an INCLUDE index adds its attributes', async () => {
    const db = new Monotable({
      client: backend().client,
      table: ProjectedTable,
      tableName: `projections_${tables++}`,
      entities: [Product, ShelfLabel],
    });
    await db.createTable();
    const products = db.getRepository(Product);
    await products.create({ sku: 'anvil', shelf: 'A', title: 'Anvil', price: 10 });
    await db.getRepository(ShelfLabel).create({ id: 'l1', shelf: 'A' });

    const keysOnly = await products.query({ shelf: 'A' }, { index: 'keysOnly' });
    expect(keysOnly.items).toEqual([Object.assign(new Product(), { sku: 'anvil', shelf: 'A' })]);
    const labels = await db.getRepository(ShelfLabel).query({ shelf: 'A' }, { index: 'keysOnly' });
    expect(labels.items.map((label) => label.id)).toEqual(['l1']);

    const included = await products.query({ shelf: 'A' }, { index: 'someAttributes' });
    expect(included.items).toEqual([
      Object.assign(new Product(), { sku: 'anvil', shelf: 'A', title: 'Anvil' }),
    ]);
    const local = await products.query({ sku: 'anvil' }, { index: 'localKeysOnly' });
    expect(local.items.map((product) => [product.sku, product.shelf])).toEqual([['anvil', 'A']]);
  });

  test('an index created elsewhere without the type attribute is a ConfigurationError naming it', async () => {
    const tableName = `projections_${tables++}`;
    await backend().client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'PK', KeyType: 'HASH' },
          { AttributeName: 'SK', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: ['PK', 'SK', 'GSI1PK', 'GSI1SK'].map((AttributeName) => ({
          AttributeName,
          AttributeType: 'S' as const,
        })),
        GlobalSecondaryIndexes: [
          {
            IndexName: 'keysOnly',
            KeySchema: [
              { AttributeName: 'GSI1PK', KeyType: 'HASH' },
              { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'KEYS_ONLY' },
          },
        ],
      }),
    );
    const db = new Monotable({
      client: backend().client,
      table: ProjectedTable,
      tableName,
      entities: [Product, ShelfLabel],
    });
    const refused = await db
      .getRepository(Product)
      .query({ shelf: 'A' }, { index: 'keysOnly' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect(refused).toMatchObject({
      code: 'CONFIGURATION_INVALID',
      message: expect.stringMatching(
        new RegExp(
          `^Index keysOnly of table ${tableName} does not project _type, which monotable reads`,
        ),
      ),
    });
  });
});
