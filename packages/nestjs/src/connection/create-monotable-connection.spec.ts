import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Attribute, Entity, Monotable, Table } from '@monotable/core';
import { MemoryDynamoDB } from '@monotable/testing';
import { createMonotableConnection } from './create-monotable-connection';

const SpecTable = new Table({ name: 'spec', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: SpecTable, pk: 'CUSTOMER#{id}', sk: 'PROFILE' })
class Customer {
  @Attribute() id!: string;
}

@Entity({ table: SpecTable, pk: 'CUSTOMER#{customerId}', sk: 'ORDER#{id}' })
class Order {
  @Attribute() id!: string;
  @Attribute() customerId!: string;
}

const targets = (db: Monotable) => db.entities().map((meta) => meta.target);

describe('createMonotableConnection', () => {
  const client = new MemoryDynamoDB().createClient();

  test('passes Monotable its own options and only the listed entities by default', async () => {
    const db = await createMonotableConnection(
      { client, table: SpecTable, tableName: 'shop_dev', entities: [Customer], verifyTableOnStart: false },
      [Order],
    );
    expect(db).toBeInstanceOf(Monotable);
    expect(db.tableName).toBe('shop_dev');
    expect(targets(db)).toEqual([Customer]);
  });

  test('autoLoadEntities adds what forFeature registered, each entity once', async () => {
    const db = await createMonotableConnection(
      { client, table: SpecTable, entities: [Customer], autoLoadEntities: true, verifyTableOnStart: false },
      [Order, Customer],
    );
    expect(targets(db)).toEqual([Customer, Order]);
  });

  test('createTableIfMissing creates the table before the connection is handed out', async () => {
    const db = await createMonotableConnection({
      client,
      table: SpecTable,
      tableName: 'created_on_start',
      entities: [Customer],
      createTableIfMissing: true,
    });
    await expect(db.getRepository(Customer).create({ id: '1' })).resolves.toMatchObject({
      id: '1',
    });
  });

  test('when the table cannot be checked, startup fails and the connection is destroyed', async () => {
    const unreachable = new DynamoDBClient({
      endpoint: 'http://127.0.0.1:9',
      region: 'local',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    const destroy = jest.spyOn(Monotable.prototype, 'destroy');
    await expect(
      createMonotableConnection({
        client: unreachable,
        table: SpecTable,
        createTableIfMissing: true,
      }),
    ).rejects.toThrow();
    expect(destroy).toHaveBeenCalledTimes(1);
    destroy.mockRestore();
  });
});
