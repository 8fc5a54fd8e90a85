import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const packageRoot = join(__dirname, '../..');

test('the jest global setup starts one DynamoDB Local for the run and the teardown stops it', () => {
  const run = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '-c', 'jest/fixture/jest.config.js', '--ci'],
    {
      cwd: packageRoot,
      env: { ...process.env, MONOTABLE_BACKEND: 'local', MONOTABLE_DYNAMODB_LOCAL_ENDPOINT: '' },
      encoding: 'utf8',
      timeout: 90_000,
    },
  );
  const output = `${run.stdout}${run.stderr}`;
  expect({ status: run.status, output }).toEqual({
    status: 0,
    output: expect.stringContaining('1 passed'),
  });
  const port = /FIXTURE_ENDPOINT=http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
  expect(port).toBeDefined();
  const ps = spawnSync('ps', ['-eo', 'args='], { encoding: 'utf8' }).stdout;
  expect(ps.split('\n').filter((line) => line.includes(`-port ${port}`))).toEqual([]);
}, 100_000);
