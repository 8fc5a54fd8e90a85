import { describeEachBackend } from '@monotable/testing';
import { Customer, Order } from '../fixtures/studio';
import { startStudioUnderTest, type StudioUnderTest } from './studio-client';

describeEachBackend('monotable studio API', (backend) => {
  let under: StudioUnderTest;

  beforeAll(async () => {
    under = await startStudioUnderTest(backend());
    const customers = under.db.getRepository(Customer);
    const orders = under.db.getRepository(Order);
    await customers.create({ id: 'ada', email: 'ada@example.com', name: 'Ada' });
    await customers.create({ id: 'grace', email: 'grace@example.com', name: 'Grace' });
    for (const [id, status, total] of [
      ['o1', 'paid', 100],
      ['o2', 'open', 250],
      ['o3', 'open', 75],
    ] as const) {
      await orders.create({ customerId: 'ada', id, status, total });
    }
  });
  afterAll(() => under.close());

  describe('access token', () => {
    it('prints a URL on 127.0.0.1 with a random token', () => {
      expect(under.studio.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    });

    it('answers 401 without the token, with a wrong one, and for the page itself', async () => {
      const missing = await fetch(`${under.base}/api/model`);
      expect(missing.status).toBe(401);
      expect(await missing.json()).toMatchObject({ code: 'TOKEN_REQUIRED' });
      expect((await under.get('/api/model', 'x'.repeat(32))).status).toBe(401);
      expect((await fetch(`${under.base}/`)).status).toBe(401);
    });

    it('accepts the token as a query parameter (download links)', async () => {
      const response = await fetch(`${under.base}/api/model?token=${under.studio.token}`);
      expect(response.status).toBe(200);
    });

    it('refuses a request naming another host (DNS rebinding)', async () => {
      const http = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        http
          .get(
            {
              host: '127.0.0.1',
              port: under.studio.port,
              path: `/api/model?token=${under.studio.token}`,
              headers: { host: 'evil.example:80' },
            },
            (response) => resolve(response.statusCode ?? 0),
          )
          .on('error', reject);
      });
      expect(status).toBe(403);
    });
  });

  describe('model view', () => {
    it('lists every entity with key templates, attributes, relations, unique constraints, TTL and version', async () => {
      const { view } = await (await under.get('/api/model')).json();
      expect(view.table).toMatchObject({
        name: under.tableName,
        partitionKey: 'PK',
        sortKey: 'SK',
      });
      const byName = Object.fromEntries(view.entities.map((e: { name: string }) => [e.name, e]));
      expect(byName.Customer).toMatchObject({
        pk: 'CUSTOMER#{id}',
        sk: 'PROFILE',
        version: 1,
        unique: ['email'],
        relations: [{ property: 'orders', kind: 'hasMany', target: 'Order', readsIndex: 'table' }],
      });
      expect(byName.Customer.attributes).toEqual(
        expect.arrayContaining([
          { property: 'id', type: 'string', inKey: true },
          { property: 'email', type: 'string', unique: true, inKey: false },
          { property: 'version', type: 'number', role: 'version', inKey: false },
        ]),
      );
      expect(byName.Order.indexes).toEqual({ GSI1: { pk: 'STATUS#{status}', sk: 'ORDER#{id}' } });
      expect(byName.Session.ttl).toBe('expiresAt');
      const hues = new Set(view.entities.map((e: { hue: number }) => e.hue));
      expect(hues.size).toBe(3);
    });

    it('derives the access-pattern catalogue: pattern, operation, key condition, index, requests', async () => {
      const { patterns } = await (await under.get('/api/model')).json();
      const newest = patterns.find(
        (p: { name: string }) => p.name === 'orders of a customer, newest first',
      );
      expect(newest).toMatchObject({
        id: 'Order.query.table.desc',
        operation: 'Query',
        keyCondition: 'PK = "CUSTOMER#{customerId}" AND begins_with(SK, "ORDER#")',
        index: 'table',
        requests: '1 per page',
        slots: ['customerId'],
        order: 'desc',
      });
      expect(patterns).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: 'orders by status (GSI1), newest first',
            index: 'GSI1',
            keyCondition: 'GSI1PK = "STATUS#{status}" AND begins_with(GSI1SK, "ORDER#")',
          }),
          expect.objectContaining({
            name: 'customer by its key',
            operation: 'GetItem',
            keyCondition: 'PK = "CUSTOMER#{id}" AND SK = "PROFILE"',
            requests: '1',
          }),
          expect.objectContaining({ name: 'create a customer', operation: 'TransactWriteItems' }),
          expect.objectContaining({ name: 'create an order', operation: 'PutItem' }),
        ]),
      );
    });

    it('exports the catalogue as Markdown', async () => {
      const response = await under.get('/api/export/markdown');
      expect(response.headers.get('content-type')).toMatch(/text\/markdown/);
      expect(response.headers.get('content-disposition')).toContain('access-patterns.md');
      const text = await response.text();
      expect(text).toContain(
        '| Access pattern | Entity | Operation | Key condition | Index | Requests |',
      );
      expect(text).toContain(
        '| orders of a customer, newest first | Order | Query | `PK = "CUSTOMER#{customerId}" AND begins_with(SK, "ORDER#")` | table | 1 per page |',
      );
      expect(text).toContain('### Customer (schema version 1)');
    });

    it('exports a NoSQL Workbench data model with one facet per entity', async () => {
      const response = await under.get('/api/export/workbench');
      expect(response.headers.get('content-disposition')).toContain('workbench.json');
      const model = await response.json();
      expect(model.ModelMetadata).toMatchObject({ AWSService: 'Amazon DynamoDB', Version: '3.0' });
      const [table] = model.DataModel;
      expect(table.KeyAttributes).toEqual({
        PartitionKey: { AttributeName: 'PK', AttributeType: 'S' },
        SortKey: { AttributeName: 'SK', AttributeType: 'S' },
      });
      expect(table.GlobalSecondaryIndexes[0]).toMatchObject({
        IndexName: 'GSI1',
        Projection: { ProjectionType: 'ALL' },
      });
      expect(table.TableFacets.map((f: { FacetName: string }) => f.FacetName)).toEqual([
        'Customer',
        'Order',
        'Session',
      ]);
      expect(table.TableFacets[1].KeyAttributeAlias).toEqual({
        PartitionKeyAlias: 'CUSTOMER#{customerId}',
        SortKeyAlias: 'ORDER#{id}',
      });
      expect(table.NonKeyAttributes).toEqual(
        expect.arrayContaining([{ AttributeName: 'expiresAt', AttributeType: 'N' }]),
      );
    });
  });

  describe('data grid', () => {
    it('shows a page of the table grouped into item collections, in key order', async () => {
      const page = await (await under.get('/api/items?limit=100')).json();
      expect(page.operation).toBe('Scan');
      const ada = page.partitions.find((p: { key: string }) => p.key === 'CUSTOMER#ada');
      expect(
        ada.items.map((i: { sort: string; entity: string }) => `${i.entity} ${i.sort}`),
      ).toEqual(['Order ORDER#o1', 'Order ORDER#o2', 'Order ORDER#o3', 'Customer PROFILE']);
      const keys = page.partitions.map((p: { key: string }) => p.key);
      expect(keys).toEqual([...keys].sort());
      // The unique marker of each email is an item of its own.
      expect(keys.filter((key: string) => key.includes('ada@example.com'))).toHaveLength(1);
    });

    it('pages with cursors, never reading more than the limit', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await (
          await under.get(`/api/items?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        expect(page.count).toBeLessThanOrEqual(2);
        for (const partition of page.partitions)
          for (const item of partition.items) seen.push(`${item.partition}|${item.sort}`);
        cursor = page.cursor;
        pages += 1;
      } while (cursor && pages < 20);
      expect(pages).toBeGreaterThan(3);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(7); // 2 customers, 2 email markers, 3 orders
    });

    it('reads one item collection with a Query', async () => {
      const page = await (await under.get('/api/items?partition=CUSTOMER%23ada')).json();
      expect(page.operation).toBe('Query');
      expect(page.partitions).toHaveLength(1);
      expect(page.partitions[0].items).toHaveLength(4);
    });

    it('re-groups the same items by an index key', async () => {
      const page = await (await under.get('/api/items?index=GSI1')).json();
      expect(page.index).toBe('GSI1');
      expect(
        page.partitions.map((p: { key: string; items: unknown[] }) => [p.key, p.items.length]),
      ).toEqual([
        ['STATUS#open', 2],
        ['STATUS#paid', 1],
      ]);
    });

    it('reads the whole table only when asked, as a segmented scan reporting progress', async () => {
      const response = await under.get('/api/items/all?segments=3');
      const lines = (await response.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      const progress = lines.filter((line) => line.progress).map((line) => line.progress);
      expect(progress.at(-1)).toEqual({ segments: 3, segmentsDone: 3, scanned: 7 });
      const { result } = lines.at(-1);
      expect(result).toMatchObject({ count: 7, truncated: false });
    });

    it('answers an unknown index with a 404 and its code', async () => {
      const response = await under.get('/api/items?index=GSI9');
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'INDEX_UNKNOWN' });
    });
  });

  describe('query', () => {
    it('runs an access pattern: items, the exact request and the consumed capacity', async () => {
      const response = await under.post('/api/query', {
        pattern: 'Order.query.table.desc',
        slots: { customerId: 'ada' },
      });
      expect(response.status).toBe(200);
      const result = await response.json();
      expect(result.items.map((o: { id: string }) => o.id)).toEqual(['o3', 'o2', 'o1']);
      expect(result.request.operation).toBe('Query');
      expect(result.request.params).toMatchObject({
        TableName: under.tableName,
        ScanIndexForward: false,
      });
      expect(result.request.params.KeyConditionExpression).toContain('begins_with');
      expect(result.sent).toEqual([
        {
          operation: 'Query',
          consumedCapacity: expect.objectContaining({ TableName: under.tableName }),
        },
      ]);
    });

    it('pages a query with its cursor', async () => {
      const first = await (
        await under.post('/api/query', {
          pattern: 'Order.query.table.asc',
          slots: { customerId: 'ada' },
          limit: 2,
        })
      ).json();
      expect(first.items.map((o: { id: string }) => o.id)).toEqual(['o1', 'o2']);
      const second = await (
        await under.post('/api/query', {
          pattern: 'Order.query.table.asc',
          slots: { customerId: 'ada' },
          limit: 2,
          cursor: first.cursor,
        })
      ).json();
      expect(second.items.map((o: { id: string }) => o.id)).toEqual(['o3']);
    });

    it('reads one item by key and queries an index', async () => {
      const get = await (
        await under.post('/api/query', { pattern: 'Customer.get', slots: { id: 'grace' } })
      ).json();
      expect(get.items).toEqual([
        expect.objectContaining({ id: 'grace', email: 'grace@example.com' }),
      ]);
      expect(get.request.operation).toBe('GetItem');
      const open = await (
        await under.post('/api/query', {
          pattern: 'Order.query.GSI1.asc',
          slots: { status: 'open' },
        })
      ).json();
      expect(open.items.map((o: { id: string }) => o.id)).toEqual(['o2', 'o3']);
      expect(open.request.params.IndexName).toBe('GSI1');
    });

    it('says which slot is missing', async () => {
      const response = await under.post('/api/query', {
        pattern: 'Order.query.table.desc',
        slots: {},
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        code: 'SLOT_MISSING',
        message: 'Fill customerId: the key template needs it',
      });
    });
  });

  describe('edit', () => {
    it('creates through the repository: validation errors come back with their code', async () => {
      const invalid = await under.post('/api/items/create', {
        entity: 'Customer',
        data: { id: 'linus', email: 'not-an-email', name: 'Linus' },
      });
      expect(invalid.status).toBe(400);
      const body = await invalid.json();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.message).toContain('email');
      expect(await under.db.getRepository(Customer).get({ id: 'linus' })).toBeUndefined();

      const created = await under.post('/api/items/create', {
        entity: 'Customer',
        data: { id: 'linus', email: 'linus@example.com', name: 'Linus' },
      });
      expect(created.status).toBe(201);
      expect((await created.json()).item).toMatchObject({ id: 'linus', version: 1 });
      expect(await under.db.getRepository(Customer).get({ id: 'linus' })).toMatchObject({
        name: 'Linus',
      });
    });

    it('keeps unique constraints: a taken email is a 409 UNIQUE_CONSTRAINT', async () => {
      const response = await under.post('/api/items/create', {
        entity: 'Customer',
        data: { id: 'copy', email: 'ada@example.com', name: 'Copy' },
      });
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({ code: 'UNIQUE_CONSTRAINT' });
    });

    it('updates with a version check: a stale version is a 409 VERSION_CONFLICT', async () => {
      const updated = await under.post('/api/items/update', {
        entity: 'Order',
        key: { customerId: 'ada', id: 'o2' },
        changes: { total: 300 },
        expectedVersion: 1,
      });
      expect(updated.status).toBe(200);
      expect((await updated.json()).item).toMatchObject({ total: 300, version: 2 });
      const stale = await under.post('/api/items/update', {
        entity: 'Order',
        key: { customerId: 'ada', id: 'o2' },
        changes: { total: 1 },
        expectedVersion: 1,
      });
      expect(stale.status).toBe(409);
      expect(await stale.json()).toMatchObject({ code: 'VERSION_CONFLICT' });
      const negative = await under.post('/api/items/update', {
        entity: 'Order',
        key: { customerId: 'ada', id: 'o2' },
        changes: { total: -5 },
      });
      expect(negative.status).toBe(400);
      expect(await negative.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(
        await under.db.getRepository(Order).get({ customerId: 'ada', id: 'o2' }),
      ).toMatchObject({ total: 300 });
    });

    it('deletes an item and its unique marker', async () => {
      const response = await under.post('/api/items/delete', {
        entity: 'Customer',
        key: { id: 'linus' },
      });
      expect(response.status).toBe(200);
      // What the catalogue says a delete of an entity with a unique value sends.
      const { patterns } = await (await under.get('/api/model')).json();
      const catalogued = patterns.find((p: { id: string }) => p.id === 'Customer.delete');
      expect(catalogued).toMatchObject({ operation: 'GetItem, TransactWriteItems', requests: '2' });
      const sent = (await response.json()).sent.map((r: { operation: string }) => r.operation);
      expect(sent.join(', ')).toBe(catalogued.operation);
      expect(await under.db.getRepository(Customer).get({ id: 'linus' })).toBeUndefined();
      const page = await (await under.get('/api/items?limit=100')).json();
      expect(page.partitions.map((p: { key: string }) => p.key).join()).not.toContain(
        'linus@example.com',
      );
    });

    it('names an unknown entity', async () => {
      const response = await under.post('/api/items/create', { entity: 'Nope', data: {} });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'ENTITY_UNKNOWN' });
    });
  });
});
