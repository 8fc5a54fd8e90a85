import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveEngine, type ServedEngine } from './support/served-engine';
import { cliEnv, fixture, runCli } from './support/run-cli';

/** One line on stderr, no stack trace, nothing on stdout. */
function expectOneLineError(result: { stdout: string; stderr: string }, message: string | RegExp) {
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(typeof message === 'string' ? `monotable: ${message}` : message);
  expect(lines[0].startsWith('monotable: ')).toBe(true);
}

describe('monotable errors', () => {
  let served: ServedEngine;
  let home: string;
  const shop = ['--entities', fixture('shop/index')];
  beforeAll(async () => {
    served = await serveEngine();
    home = mkdtempSync(join(tmpdir(), 'monotable-cli-home-'));
  });
  afterAll(async () => {
    await served.close();
    rmSync(home, { recursive: true, force: true });
  });
  /** No AWS configuration at all: empty home, no config files, no instance metadata. */
  const bareEnv = (overrides: Record<string, string | undefined>) =>
    cliEnv({
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
      ...overrides,
    });

  it('names the missing table and where it looked', async () => {
    const result = await runCli([
      'migrate',
      fixture('migrate-customers'),
      '--endpoint',
      served.endpoint,
      '--table',
      'shop-dev',
    ]);
    expect(result.code).toBe(1);
    // The line announcing the run comes first; the error is the last line.
    const error = result.stderr.trimEnd().split('\n').pop();
    expect(error).toBe(
      `monotable: Table shop-dev does not exist at ${served.endpoint}: create it with "monotable create-table" ` +
        '(or pass --table, --endpoint or --region to point at the right one)',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says that no credentials were found', async () => {
    const env = bareEnv({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined });
    const result = await runCli(['create-table', ...shop, '--endpoint', served.endpoint], env);
    expect(result.code).toBe(1);
    expectOneLineError(
      result,
      'No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE',
    );
  });

  it('says that no region was given', async () => {
    const result = await runCli(
      ['create-table', ...shop, '--endpoint', served.endpoint],
      bareEnv({ AWS_REGION: undefined }),
    );
    expect(result.code).toBe(1);
    expectOneLineError(result, 'No AWS region: pass --region or set AWS_REGION');
  });

  it('says that the endpoint cannot be reached', async () => {
    const result = await runCli(['create-table', ...shop, '--endpoint', 'http://127.0.0.1:9']);
    expect(result.code).toBe(1);
    expectOneLineError(
      result,
      'Cannot reach DynamoDB at http://127.0.0.1:9 (ECONNREFUSED): is it running?',
    );
  });

  it('names a module that exports no entities, and what it exports', async () => {
    const result = await runCli(['describe', '--entities', fixture('no-entities')]);
    expect(result.code).toBe(1);
    expectOneLineError(
      result,
      `Module ${fixture('no-entities')} exports no entities: it exports OtherTable, Address, answer ` +
        '(a Table, but no entity class); export the classes decorated with @Entity',
    );
  });

  it('names a module that does not exist', async () => {
    const result = await runCli(['create-table', '--entities', 'dist/entities.js', '--dry-run']);
    expect(result.code).toBe(1);
    expectOneLineError(
      result,
      /^monotable: Cannot find module dist\/entities\.js \(looked for \/.+\/dist\/entities\.js\)/,
    );
  });

  it('names a module that fails to load', async () => {
    const result = await runCli(['describe', '--entities', fixture('throws-on-load')]);
    expect(result.code).toBe(1);
    expectOneLineError(
      result,
      `Cannot load module ${fixture('throws-on-load')}: DATABASE_STAGE is not set`,
    );
  });

  it('asks for entity modules when none is given', async () => {
    const result = await runCli(['create-table', '--dry-run']);
    expect(result.code).toBe(1);
    expectOneLineError(result, 'No entities: pass --entities <module>');
  });

  it('names a migration module that exports no migration', async () => {
    const result = await runCli(['migrate', fixture('shop/index'), '--endpoint', served.endpoint]);
    expect(result.code).toBe(1);
    expectOneLineError(
      result,
      `Module ${fixture('shop/index')} exports no migration: export default defineMigration(`,
    );
  });

  it('leaves wrong options to the parser, with exit code 2', async () => {
    const unknown = await runCli(['create-table', ...shop, '--dryrun']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: unknown option '--dryrun'\n(Did you mean --dry-run?)");
    const badNumber = await runCli(['migrate', fixture('migrate-customers'), '--segments', 'four']);
    expect(badNumber.code).toBe(2);
    expect(badNumber.stderr).toContain(
      "error: option '--segments <n>' argument 'four' is invalid. Expected a whole number from 1.",
    );
    const badEndpoint = await runCli(['create-table', ...shop, '--endpoint', 'localhost:8000']);
    expect(badEndpoint.code).toBe(2);
    expect(badEndpoint.stderr).toContain('Expected an http:// or https:// URL.');
  });
});
