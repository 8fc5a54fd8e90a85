import { DescribeTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { serveEngine, type ServedEngine } from './support/served-engine';
import { fixture, runCli } from './support/run-cli';
import { SHOP_TABLE_DEFINITION } from './support/shop-table';

describe('monotable create-table', () => {
  let served: ServedEngine;
  let args: string[];
  beforeAll(async () => {
    served = await serveEngine();
    args = ['--entities', fixture('shop/index'), '--endpoint', served.endpoint];
  });
  afterAll(() => served.close());
  beforeEach(() => served.engine.reset());

  const tableNames = async () => (await served.client.send(new ListTablesCommand({}))).TableNames;

  it('creates the table from the entity metadata', async () => {
    const result = await runCli(['create-table', ...args]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `Created table shop at ${served.endpoint} (keys PK, SK; indexes GSI1)\n`,
    );
    const { Table: table } = await served.client.send(
      new DescribeTableCommand({ TableName: 'shop' }),
    );
    expect(table?.TableStatus).toBe('ACTIVE');
    expect(table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table?.KeySchema).toEqual([
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ]);
    expect(
      table?.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.KeySchema]),
    ).toEqual([
      [
        'GSI1',
        [
          { AttributeName: 'GSI1PK', KeyType: 'HASH' },
          { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
        ],
      ],
    ]);
  });

  it('names the table after --table', async () => {
    const result = await runCli(['create-table', ...args, '--table', 'shop-staging']);
    expect(result.code).toBe(0);
    expect(await tableNames()).toEqual(['shop-staging']);
  });

  it('prints the CreateTable input and creates nothing with --dry-run', async () => {
    const result = await runCli(['create-table', ...args, '--dry-run']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual(SHOP_TABLE_DEFINITION);
    expect(await tableNames()).toEqual([]);
  });

  it('turns the stream on with --stream; refuses a view type DynamoDB does not have', async () => {
    const result = await runCli(['create-table', ...args, '--stream', 'NEW_AND_OLD_IMAGES']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const described = await runCli(['create-table', ...args, '--dry-run', '--stream', 'KEYS_ONLY']);
    expect(JSON.parse(described.stdout).StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'KEYS_ONLY',
    });
    const wrong = await runCli(['create-table', ...args, '--stream', 'EVERYTHING']);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(
      /--stream.*EVERYTHING.*NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY/s,
    );
  });

  it('prints a multi-attribute index key: its attributes in order, typed from the entities', async () => {
    const board = ['--entities', fixture('board/index'), '--endpoint', served.endpoint];
    const result = await runCli(['create-table', ...board, '--dry-run']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const definition = JSON.parse(result.stdout);
    expect(definition.GlobalSecondaryIndexes[0]).toEqual({
      IndexName: 'byStatus',
      KeySchema: [
        { AttributeName: 'orgId', KeyType: 'HASH' },
        { AttributeName: 'status', KeyType: 'HASH' },
        { AttributeName: 'priority', KeyType: 'RANGE' },
        { AttributeName: 'createdAt', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    });
    expect(definition.AttributeDefinitions).toContainEqual({
      AttributeName: 'priority',
      AttributeType: 'N',
    });
    // owner: no entity stores it; the table declares its type.
    expect(definition.AttributeDefinitions).toContainEqual({
      AttributeName: 'owner',
      AttributeType: 'S',
    });
  });

  it('creates a table with a multi-attribute index', async () => {
    const board = ['--entities', fixture('board/index'), '--endpoint', served.endpoint];
    const result = await runCli(['create-table', ...board]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `Created table board at ${served.endpoint} (keys PK, SK; indexes byStatus, byOwner)\n`,
    );
    const { Table: table } = await served.client.send(
      new DescribeTableCommand({ TableName: 'board' }),
    );
    const byStatus = table?.GlobalSecondaryIndexes?.find((index) => index.IndexName === 'byStatus');
    expect(byStatus?.KeySchema?.map((key) => key.KeyType)).toEqual([
      'HASH',
      'HASH',
      'RANGE',
      'RANGE',
    ]);
  });

  it('says so when the table exists, and accepts it with --if-not-exists', async () => {
    expect((await runCli(['create-table', ...args])).code).toBe(0);
    const again = await runCli(['create-table', ...args]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `monotable: Table shop already exists at ${served.endpoint} (pass --if-not-exists to accept that)\n`,
    );
    const accepted = await runCli(['create-table', ...args, '--if-not-exists']);
    expect(accepted).toMatchObject({
      code: 0,
      stdout: `Table shop already exists at ${served.endpoint}\n`,
    });
  });
});
