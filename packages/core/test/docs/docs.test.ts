import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { format } from 'node:util';
import { MemoryDynamoDB } from '@monotable/testing';
import { extractExamples } from './extract-examples';

const root = join(__dirname, '../../../..');
const markdownFiles = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name)),
];

/**
 * Every ```ts block of the README and docs/ runs as written against the in-process engine
 * served over HTTP (a plain `new DynamoDBClient({})` finds it through the standard
 * AWS_ENDPOINT_URL_DYNAMODB variable), and prints what its `// comments` promise.
 */
describe('documentation examples', () => {
  const engine = new MemoryDynamoDB();
  let server: { endpoint: string; close(): Promise<void> };
  const saved = { ...process.env };

  beforeAll(async () => {
    server = await engine.listen(0);
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_DYNAMODB: server.endpoint,
      AWS_REGION: 'local',
      AWS_ACCESS_KEY_ID: 'docs',
      AWS_SECRET_ACCESS_KEY: 'docs',
    });
  });
  afterAll(async () => {
    process.env = saved;
    await server.close();
  });

  for (const markdown of markdownFiles) {
    const name = basename(markdown, '.md');
    const examples = extractExamples(markdown, join(__dirname, '.generated'), name);
    examples.forEach((example, index) => {
      test(`${name}.md example ${index + 1}`, async () => {
        engine.reset();
        const logged: string[] = [];
        const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
          logged.push(format(...args));
        });
        try {
          const module = await import(example.file);
          await module.run();
        } finally {
          log.mockRestore();
        }
        expect(logged).toHaveLength(example.expectedLogs.length);
        example.expectedLogs.forEach((expected, i) => {
          if (expected.includes('...')) {
            for (const part of expected
              .split('...')
              .map((p) => p.trim().replace(/,$/, ''))
              .filter(Boolean)) {
              expect(logged[i]).toContain(part);
            }
          } else expect(logged[i]).toBe(expected);
        });
      });
    });
  }
});
