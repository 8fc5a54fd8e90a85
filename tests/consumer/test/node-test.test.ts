import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, run, runAllowingFailure } from '../support/consumer-project';
import { markdownBlocks } from '../support/markdown-examples';

// docs/testing.md's node:test file, verbatim, compiled by the project's tsc and run by
// `node --test` as the page says.
const nodeTestFile = markdownBlocks('docs/testing.md').find(
  (block) => block.fileName === 'orders.node.test.ts',
);

describe('docs/testing.md: node:test in a fresh project', () => {
  const { app } = consumer();

  beforeAll(() => {
    writeFileSync(join(app, 'orders.node.test.ts'), nodeTestFile!.code);
    run('npx', ['tsc', '-p', '.'], { cwd: app });
  });

  test('describeEachBackend registers the suite with node:test, which runs and passes it', () => {
    const result = runAllowingFailure('node', ['--test', 'orders.node.test.js'], { cwd: app });
    expect(result.output).toMatch(/orders \[memory\]/);
    expect(result.output).toMatch(/# pass 1\b/);
    expect(result.output).toMatch(/# fail 0\b/);
    expect(result.status).toBe(0);
  });
});
