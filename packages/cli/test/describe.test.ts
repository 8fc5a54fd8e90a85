import { cliEnv, fixture, runCli } from './support/run-cli';

const shop = ['--entities', fixture('shop/index')];
// describe needs no connection: no credentials, no region, no endpoint.
const offline = cliEnv({
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_REGION: undefined,
});

describe('monotable describe', () => {
  it('prints the design as an aligned grid', async () => {
    const result = await runCli(['describe', ...shop], offline);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Table shop: partition key PK, sort key SK, entity type in _type');
    expect(lines[1]).toBe('Indexes: GSI1 (global: GSI1PK, GSI1SK; projection ALL)');
    expect(lines[3]).toMatch(/^Entity\s+PK\s+SK\s+GSI1PK\s+GSI1SK\s+Relations$/);
    expect(result.stdout).toMatch(
      /^Customer \(v2\)\s+CUSTOMER#\{id\}\s+PROFILE\s+EMAIL#\{email\}\s+CUSTOMER\s+orders → Order \(hasMany\)$/m,
    );
    expect(result.stdout).toMatch(
      /^OrderLine\s+CUSTOMER#\{customerId\}\s+ORDER#\{orderId\}#LINE#\{sku\}\s+PRODUCT#\{sku\}\s+ORDER#\{orderId\}\s+order → Order \(belongsTo\)$/m,
    );
    // A second relation goes on a line of its own, in the Relations column.
    const order = lines.findIndex((line) => line.startsWith('Order '));
    expect(lines[order]).toMatch(
      /CUSTOMER#\{customerId\}\s+ORDER#\{id\}\s+customer → Customer \(belongsTo\)$/,
    );
    expect(lines[order + 1]).toMatch(/^\s+products → Product \(manyToMany via OrderLine\)$/);
    expect(lines[order + 1].indexOf('products')).toBe(lines[3].indexOf('Relations'));
  });

  it('prints a markdown table with --format markdown', async () => {
    const result = await runCli(['describe', ...shop, '--format', 'markdown'], offline);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Table `shop`: partition key `PK`, sort key `SK`');
    expect(result.stdout).toContain(
      '| Entity | PK | SK | GSI1PK | GSI1SK | Relations |\n| --- | --- | --- | --- | --- | --- |',
    );
    expect(result.stdout).toContain(
      '| Order | `CUSTOMER#{customerId}` | `ORDER#{id}` |  |  | customer → Customer (belongsTo)<br>products → Product (manyToMany via OrderLine) |',
    );
    expect(result.stdout).toContain(
      '| Product | `PRODUCT#{sku}` | `PRODUCT` |  |  | orders → Order (manyToMany via OrderLine) |',
    );
  });

  it('prints the design as JSON with --format json', async () => {
    const result = await runCli(
      ['describe', ...shop, '-f', 'json', '--table', 'shop-prod'],
      offline,
    );
    expect(result.code).toBe(0);
    const design = JSON.parse(result.stdout);
    expect(design.table).toEqual({
      name: 'shop-prod',
      partitionKey: 'PK',
      sortKey: 'SK',
      entityTypeAttribute: '_type',
      schemaVersionAttribute: '_v',
      indexes: [
        {
          name: 'GSI1',
          type: 'global',
          partitionKey: 'GSI1PK',
          sortKey: 'GSI1SK',
          projection: 'ALL',
        },
      ],
    });
    expect(design.entities.map((entity: { name: string }) => entity.name)).toEqual([
      'Customer',
      'Order',
      'OrderLine',
      'Product',
    ]);
    expect(design.entities[0]).toEqual({
      name: 'Customer',
      className: 'Customer',
      version: 2,
      pk: 'CUSTOMER#{id}',
      sk: 'PROFILE',
      indexes: { GSI1: { pk: 'EMAIL#{email}', sk: 'CUSTOMER' } },
      relations: [{ property: 'orders', kind: 'hasMany', target: 'Order' }],
    });
    expect(design.entities[3].relations).toEqual([
      { property: 'orders', kind: 'manyToMany', target: 'Order', through: 'OrderLine' },
    ]);
  });

  it('reads entities from several --entities modules', async () => {
    const modules = ['customer', 'order', 'order-line', 'product'].flatMap((name) => [
      '-e',
      fixture(`shop/${name}`),
    ]);
    const [split, whole] = await Promise.all([
      runCli(['describe', ...modules, '-f', 'json'], offline),
      runCli(['describe', ...shop, '-f', 'json'], offline),
    ]);
    expect(split.code).toBe(0);
    expect(JSON.parse(split.stdout)).toEqual(JSON.parse(whole.stdout));
  });

  it('shows a multi-attribute index: its typed attributes, and the properties each entity fills them with', async () => {
    const board = ['--entities', fixture('board/index')];
    const text = await runCli(['describe', ...board], offline);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[1]).toBe(
      'Indexes: byStatus (global: orgId (S) + status (S), priority (N) + createdAt (S); projection ALL), byOwner (global: owner (S); projection ALL)',
    );
    expect(lines[3]).toMatch(
      /^Entity\s+PK\s+SK\s+orgId \+ status\s+priority \+ createdAt\s+owner\s+Relations$/,
    );
    expect(text.stdout).toMatch(
      /^Bug\s+ORG#\{orgId\}\s+BUG#\{id\}\s+orgId \+ state\s+severity \+ reportedAt$/m,
    );

    const json = JSON.parse((await runCli(['describe', ...board, '-f', 'json'], offline)).stdout);
    expect(json.table.indexes[0]).toEqual({
      name: 'byStatus',
      type: 'global',
      partitionKey: ['orgId', 'status'],
      sortKey: ['priority', 'createdAt'],
      keyTypes: { orgId: 'S', status: 'S', priority: 'N', createdAt: 'S' },
      projection: 'ALL',
    });
    expect(json.entities.map((entity: { indexes: object }) => entity.indexes)).toEqual([
      { byStatus: { pk: ['orgId', 'status'], sk: ['priority', 'createdAt'] } },
      { byStatus: { pk: ['orgId', 'state'], sk: ['severity', 'reportedAt'] } },
    ]);

    const markdown = await runCli(['describe', ...board, '-f', 'markdown'], offline);
    expect(markdown.stdout).toContain(
      '| Task | `ORG#{orgId}` | `TASK#{id}` | `orgId + status` | `priority + createdAt` |  |  |',
    );
  });

  it("refuses an unknown format with the parser's message", async () => {
    const result = await runCli(['describe', ...shop, '--format', 'yaml'], offline);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "argument 'yaml' is invalid. Allowed choices are text, markdown, json.",
    );
    expect(result.stdout).toBe('');
  });
});
