import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveEngine, type ServedEngine } from './support/served-engine';
import { fixture, runCli, startCli } from './support/run-cli';
import { createShopTable, customersAtVersion1, putItems, rawItems } from './support/shop-table';

const ORDER = {
  PK: 'CUSTOMER#c0',
  SK: 'ORDER#o1',
  _type: 'Order',
  id: 'o1',
  customerId: 'c0',
  total: 5,
};

/** The counts of a printed report. */
function counts(stdout: string): Record<string, number> {
  const result: Record<string, number> = {};
  for (const match of stdout.matchAll(
    /^ {2}(scanned|migrated|skipped|conflicts|failed)\s+(\d+)$/gm,
  )) {
    result[match[1]] = Number(match[2]);
  }
  return result;
}

function expectMigrated(item: Record<string, any>, i: number) {
  expect(item).toEqual({
    PK: `CUSTOMER#c${i}`,
    SK: 'PROFILE',
    _type: 'Customer',
    _v: 2,
    id: `c${i}`,
    email: `c${i}@example.com`,
    firstName: 'Ada',
    lastName: `Lovelace${i}`,
    GSI1PK: `EMAIL#c${i}@example.com`,
    GSI1SK: 'CUSTOMER',
  });
}

describe('monotable migrate', () => {
  let served: ServedEngine;
  let connection: string[];
  const migration = fixture('migrate-customers');
  beforeAll(async () => {
    served = await serveEngine();
    connection = ['--endpoint', served.endpoint];
  });
  afterAll(() => served.close());
  beforeEach(async () => {
    served.engine.reset();
    await createShopTable(served.client);
  });

  it('migrates every item of the entity, and a second run finds nothing to do', async () => {
    await putItems(served.documents, [...customersAtVersion1(30), ORDER]);

    const first = await runCli(['migrate', migration, ...connection]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Migration migrate-customers of Customer: completed$/m);
    expect(counts(first.stdout)).toEqual({
      scanned: 30,
      migrated: 30,
      skipped: 0,
      conflicts: 0,
      failed: 0,
    });
    // Without a terminal, progress is plain lines on stderr.
    expect(first.stderr).toContain(
      `Migrating migrate-customers: Customer items of table shop at ${served.endpoint}, 2 segment(s), ` +
        'checkpoint item migrate-customers in table shop',
    );
    expect(first.stderr).toMatch(
      /^migrate-customers: 2\/2 segments, scanned 30, migrated 30, skipped 0, conflicts 0, failed 0$/m,
    );

    const items = await rawItems(served.documents);
    for (let i = 0; i < 30; i++) expectMigrated(items.get(`CUSTOMER#c${i}|PROFILE`)!, i);
    expect(items.get('CUSTOMER#c0|ORDER#o1')).toEqual(ORDER);

    const second = await runCli(['migrate', migration, ...connection]);
    expect(second.code).toBe(0);
    expect(counts(second.stdout)).toEqual({
      scanned: 30,
      migrated: 0,
      skipped: 30,
      conflicts: 0,
      failed: 0,
    });
  });

  it('writes nothing with --dry-run', async () => {
    const seeded = [...customersAtVersion1(12), ORDER];
    await putItems(served.documents, seeded);
    const before = await rawItems(served.documents);

    const result = await runCli(['migrate', migration, ...connection, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/dry run completed, nothing was written/);
    expect(counts(result.stdout)).toMatchObject({ scanned: 12, migrated: 12, failed: 0 });
    // Not even a checkpoint: the items are exactly as seeded.
    expect(await rawItems(served.documents)).toEqual(before);
  });

  it('resumes an interrupted run from its checkpoint', async () => {
    await putItems(served.documents, customersAtVersion1(60));
    const options = ['--segments', '1', '--page-size', '5'];

    // Slow enough (20 writes/s: 3 s for everything) to be stopped after its first pages.
    const slow = startCli([
      'migrate',
      migration,
      ...connection,
      ...options,
      '--max-writes-per-second',
      '20',
    ]);
    await slow.waitForStderr(/migrate-customers: 0\/1 segments, scanned [1-9]/);
    slow.child.kill('SIGINT');
    const interrupted = await slow.exited;
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toContain('Stopping after the pages in flight');
    expect(interrupted.stdout).toContain(
      'interrupted; run the same command again to resume from the checkpoint (item migrate-customers in table shop)',
    );
    const done = counts(interrupted.stdout).migrated;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(60);

    const resumed = await runCli(['migrate', migration, ...connection, ...options]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('Resuming from the checkpoint: 0 of 1 segment(s) done');
    // Pages finished before the interruption are not read again.
    expect(counts(resumed.stdout)).toMatchObject({
      scanned: 60 - done,
      migrated: 60 - done,
      failed: 0,
    });
    const items = await rawItems(served.documents);
    for (let i = 0; i < 60; i++) expectMigrated(items.get(`CUSTOMER#c${i}|PROFILE`)!, i);
  });

  it('keeps the checkpoint in a file with --checkpoint', async () => {
    await putItems(served.documents, customersAtVersion1(3));
    const directory = mkdtempSync(join(tmpdir(), 'monotable-cli-'));
    try {
      const file = join(directory, 'customers.json');
      const result = await runCli([
        'migrate',
        migration,
        ...connection,
        '--checkpoint',
        file,
        '--segments',
        '3',
      ]);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`checkpoint file ${file}`);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
        entity: 'Customer',
        segments: 3,
        positions: ['done', 'done', 'done'],
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('exits with 1 and lists the items that failed', async () => {
    const [broken, ...fine] = customersAtVersion1(3);
    delete broken.name; // version 2's migration cannot split a missing name
    await putItems(served.documents, [broken, ...fine]);

    const result = await runCli(['migrate', migration, ...connection]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('completed with failures; run it again to retry them');
    expect(counts(result.stdout)).toMatchObject({ scanned: 3, migrated: 2, failed: 1 });
    expect(result.stdout).toContain('failed {"PK":"CUSTOMER#c0","SK":"PROFILE"}:');
  });
});
