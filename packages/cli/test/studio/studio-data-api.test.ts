import { describeEachBackend } from '@monotable/testing';
import { Customer, Order } from '../fixtures/studio';
import { startStudioUnderTest, type StudioUnderTest } from './studio-client';

describeEachBackend('monotable studio API: grid, queries and edits', (backend) => {
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
