import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { Attribute, Entity, Monotable, Table } from '@monotable/core';
import { MemoryDynamoDB } from '@monotable/testing';
import { createTableIfMissing } from './create-table-if-missing';

const SpecTable = new Table({
  name: 'spec',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' } },
});

@Entity({ table: SpecTable, pk: 'THING#{id}', sk: 'THING' })
class Thing {
  @Attribute() id!: string;
}

describe('createTableIfMissing', () => {
  test('creates a missing table from the connection’s definition, once', async () => {
    const client = new MemoryDynamoDB().createClient();
    const db = new Monotable({ client, table: SpecTable, tableName: 'things', entities: [Thing] });

    await expect(createTableIfMissing(db)).resolves.toBe(true);
    const { Table: created } = await client.send(new DescribeTableCommand({ TableName: 'things' }));
    expect(created?.TableStatus).toBe('ACTIVE');
    expect(created?.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(['GSI1']);

    await db.getRepository(Thing).create({ id: '1' });
    await expect(createTableIfMissing(db)).resolves.toBe(false);
    await expect(db.getRepository(Thing).get({ id: '1' })).resolves.toMatchObject({ id: '1' });
  });

  test('other DescribeTable failures are not mistaken for a missing table', async () => {
    const engine = new MemoryDynamoDB();
    const db = new Monotable({
      client: engine.createClient(),
      table: SpecTable,
      tableName: 'Bad Name!',
      entities: [],
    });
    await expect(createTableIfMissing(db)).rejects.toThrow(
      expect.objectContaining({ name: 'ValidationException' }),
    );
  });
});
