import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { cliEnv, fixture, runCli, startCli } from '../support/run-cli';
import { serveEngine, type ServedEngine } from '../support/served-engine';
import { SHOP_TABLE_DEFINITION } from '../support/shop-table';

async function printedUrl(output: () => { stdout: string }, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /Open (http:\/\/\S+)/.exec(output().stdout);
    if (match) return match[1];
    if (Date.now() > deadline) throw new Error(`no URL printed:\n${output().stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('monotable studio', () => {
  let served: ServedEngine;

  beforeAll(async () => {
    served = await serveEngine();
    await served.client.send(new CreateTableCommand(SHOP_TABLE_DEFINITION));
  });
  afterAll(() => served.close());

  it('serves the entity module on 127.0.0.1 with a token in the printed URL, until interrupted', async () => {
    const running = startCli(
      ['studio', fixture('shop/index'), '--endpoint', served.endpoint, '--port', '0'],
      cliEnv(),
    );
    try {
      const url = await printedUrl(running.output);
      expect(running.output().stdout).toContain(
        `monotable studio for table shop at ${served.endpoint}`,
      );
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>monotable studio</title>');
      const model = await fetch(new URL('/api/model', url), {
        headers: { 'x-monotable-token': new URL(url).searchParams.get('token')! },
      });
      const body = (await model.json()) as { view: { entities: Array<{ name: string }> } };
      expect(body.view.entities.map((entity) => entity.name)).toEqual([
        'Customer',
        'Order',
        'OrderLine',
        'Product',
      ]);
      expect((await fetch(new URL('/api/model', url))).status).toBe(401);
    } finally {
      running.child.kill('SIGINT');
    }
    const result = await running.exited;
    expect(result.code).toBe(0);
  });

  it('queries a multi-attribute index: its pattern names the entity attributes forming the key', async () => {
    const board = ['--entities', fixture('board/index'), '--endpoint', served.endpoint];
    expect((await runCli(['create-table', ...board])).code).toBe(0);
    const running = startCli(['studio', ...board, '--port', '0'], cliEnv());
    try {
      const url = new URL(await printedUrl(running.output));
      const headers = {
        'x-monotable-token': url.searchParams.get('token')!,
        'content-type': 'application/json',
      };
      const model = await fetch(new URL('/api/model', url), { headers });
      const { patterns } = (await model.json()) as { patterns: Array<Record<string, unknown>> };
      expect(patterns.find((p) => p.id === 'Bug.query.byStatus.desc')).toMatchObject({
        name: 'bugs by org id and state (byStatus), by severity and reported at, descending',
        keyCondition: 'orgId = {orgId} AND status = {state}',
        slots: ['orgId', 'state'],
      });
      const created = await fetch(new URL('/api/items/create', url), {
        method: 'POST',
        headers,
        body: JSON.stringify({
          entity: 'Bug',
          data: {
            orgId: 'acme',
            id: 'b1',
            state: 'open',
            severity: 2,
            reportedAt: '2026-12-01T00:00:00Z',
          },
        }),
      });
      expect(created.status).toBe(201);
      const query = await fetch(new URL('/api/query', url), {
        method: 'POST',
        headers,
        body: JSON.stringify({
          pattern: 'Bug.query.byStatus.desc',
          slots: { orgId: 'acme', state: 'open' },
        }),
      });
      const result = (await query.json()) as {
        items: unknown[];
        request: { params: Record<string, unknown> };
      };
      expect(result.items).toEqual([expect.objectContaining({ id: 'b1', severity: 2 })]);
      expect(result.request.params).toMatchObject({
        IndexName: 'byStatus',
        ScanIndexForward: false,
      });
    } finally {
      running.child.kill('SIGINT');
    }
    expect((await running.exited).code).toBe(0);
  });

  it('explains DynamoDB errors as the other commands do: a missing table names the endpoint', async () => {
    const running = startCli(
      [
        'studio',
        fixture('shop/index'),
        '--table',
        'missing',
        '--endpoint',
        served.endpoint,
        '--port',
        '0',
      ],
      cliEnv(),
    );
    try {
      const url = new URL(await printedUrl(running.output));
      const response = await fetch(new URL('/api/items', url), {
        headers: { 'x-monotable-token': url.searchParams.get('token')! },
      });
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({
        code: 'ResourceNotFoundException',
        message: expect.stringContaining(
          `Table missing does not exist at ${served.endpoint}: create it with "monotable create-table"`,
        ),
      });
    } finally {
      running.child.kill('SIGINT');
    }
    expect((await running.exited).code).toBe(0);
  });

  it('says so when the port is taken', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const result = await runCli(['studio', fixture('shop/index'), '--port', String(port)]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is in use: pass --port <another>`);
    } finally {
      taken.close();
    }
  });

  it('refuses a port that is not one', async () => {
    const result = await runCli(['studio', fixture('shop/index'), '--port', 'http']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Expected a port from 0 to 65535');
  });
});
