/**
 * By hand, not in jest: the crash test's workload for many more runs. Each run writes with 51
 * writers, kills monotable-local --persist with SIGKILL after a random number of acknowledged
 * writes, restarts it on the same file and counts acknowledged writes that are missing.
 *
 *   node -r ts-node/register/transpile-only test/engine/kill-9-soak.ts [runs, default 20]
 *
 * Exits 1 if any acknowledged write was lost (or a write failed before the kill).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientFor, startCli, stopCli } from './cli-test-kit';
import { createCrashTable, findLosses, newLedger, scanAll, writeUntilKilled } from './crash-workload';

async function soak(runs: number): Promise<number> {
  const directory = mkdtempSync(join(tmpdir(), 'monotable-soak-'));
  const args = ['--port', '0', '--persist', join(directory, 'state.json')];
  const ledger = newLedger();
  let cli = await startCli(args);
  let problems = 0;
  try {
    const setup = clientFor(cli.endpoint).client;
    await createCrashTable(setup);
    setup.destroy();
    for (let run = 0; run < runs; run++) {
      const killAfter = 200 + Math.floor(Math.random() * 1500);
      const writing = clientFor(cli.endpoint).client;
      const result = await writeUntilKilled(cli, writing, ledger, run, killAfter);
      writing.destroy();
      cli = await startCli(args);
      const reading = clientFor(cli.endpoint).client;
      const losses = findLosses(ledger, await scanAll(reading));
      reading.destroy();
      problems += losses.length;
      console.log(
        `run ${run + 1}/${runs}: ${result.acknowledged} writes acknowledged, ${result.unanswered} cut off by the kill, ` +
          `${result.unexpected.length} unexpected errors, ${losses.length} acknowledged writes lost` +
          (losses.length > 0 ? ` (e.g. ${losses.slice(0, 3).join('; ')})` : ''),
      );
      problems += result.unexpected.length;
    }
    console.log(`${runs} runs, ${ledger.present.size} acknowledged items checked after the last restart, ${problems} problems`);
  } finally {
    await stopCli(cli, 'SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  }
  return problems;
}

soak(Number(process.argv[2] ?? 20)).then(
  (count) => process.exit(count === 0 ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
