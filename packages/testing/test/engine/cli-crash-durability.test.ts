import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientFor, startCli, stopCli } from './cli-test-kit';
import { CONCURRENT_WRITERS, createCrashTable, findLosses, newLedger, scanAll, writeUntilKilled } from './crash-workload';

const ITERATIONS = 5;

describe('monotable-local --persist under kill -9', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'monotable-crash-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it(`keeps every acknowledged write across ${ITERATIONS} SIGKILLs under ${CONCURRENT_WRITERS} concurrent writers`, async () => {
    const args = ['--port', '0', '--persist', join(directory, 'state.json')];
    const ledger = newLedger();
    let cli = await startCli(args);
    const setup = clientFor(cli.endpoint).client;
    await createCrashTable(setup);
    setup.destroy();
    try {
      for (let run = 0; run < ITERATIONS; run++) {
        const writing = clientFor(cli.endpoint).client;
        const result = await writeUntilKilled(cli, writing, ledger, run, 300 + 97 * run);
        writing.destroy();
        expect(result.unexpected).toEqual([]);
        expect(result.unanswered).toBeGreaterThan(0);

        cli = await startCli(args);
        const reading = clientFor(cli.endpoint).client;
        const stored = await scanAll(reading);
        reading.destroy();
        const losses = findLosses(ledger, stored);
        expect({ run, lost: losses.length, first: losses.slice(0, 5) }).toEqual({ run, lost: 0, first: [] });
      }
    } finally {
      await stopCli(cli, 'SIGKILL');
    }
    expect(ledger.present.size).toBeGreaterThan(1000);
  }, 60_000);
});
