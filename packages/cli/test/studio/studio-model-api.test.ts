import { describeEachBackend } from '@monotable/testing';
import { Customer } from '../fixtures/studio';
import { startStudioUnderTest, type StudioUnderTest } from './studio-client';

describeEachBackend('monotable studio API: access and model', (backend) => {
  let under: StudioUnderTest;

  beforeAll(async () => {
    under = await startStudioUnderTest(backend());
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

    it('accepts the token as a query parameter for reads (download links), never for writes', async () => {
      const response = await fetch(`${under.base}/api/model?token=${under.studio.token}`);
      expect(response.status).toBe(200);
      const write = await fetch(`${under.base}/api/items/create?token=${under.studio.token}`, {
        method: 'POST',
        body: JSON.stringify({
          entity: 'Customer',
          data: { id: 'x', email: 'x@example.com', name: 'X' },
        }),
      });
      expect(write.status).toBe(401);
      expect(await under.db.getRepository(Customer).get({ id: 'x' })).toBeUndefined();
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
});
