import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { MemoryDynamoDB } from '@monotable/testing';
import { brokenLinks } from './check-links';
import {
  REPOSITORY_ROOT,
  SUITE_PACKAGES,
  documentationPages,
  type DocsSuite,
} from './documentation-pages';
import { extractExamples } from './extract-examples';
import { publishedDeclarations } from './published-declarations';
import { typeCheckExamples } from './type-check-examples';

export interface DocumentationExamplesOptions {
  /** Which pages to run (see documentation-pages.ts). */
  suite: DocsSuite;
  /** Where the example modules are written: a git-ignored `.generated` folder beside the test. */
  outDir: string;
  /**
   * The examples are type-checked with this tsconfig's compiler options, against the built
   * declarations of the packages (`dist/index.d.ts`, what a user installs), not their sources.
   */
  tsconfig: string;
  /** More environment variables for the examples, e.g. `{ PORT: '0' }` for a server's port. */
  env?: Record<string, string>;
  /** Runs after each example, passed or not: close what the example left open. */
  afterEach?: () => unknown;
}

/** Whether a printed line keeps a `// promise` ('a ... b' promises that 'a' and 'b' appear in it). */
function keeps(printed: string | undefined, promise: string): boolean {
  if (printed === undefined) return false;
  if (!promise.includes('...')) return printed === promise;
  return promise
    .split('...')
    .map((part) => part.trim().replace(/,$/, ''))
    .filter(Boolean)
    .every((part) => printed.includes(part));
}

/**
 * Registers one jest test per ```ts block of the suite's pages, plus one that type-checks them
 * all and one that follows every relative link. Each example runs as written against the in-process engine served over HTTP: a plain
 * `new DynamoDBClient({})` finds it through the standard AWS_ENDPOINT_URL_DYNAMODB variable,
 * and the engine is emptied before each example. What an example prints (each call on one
 * line) must be what its `console.log(...); // comments` promise, call for call. A block that
 * is a test file (headed `// orders.test.ts`) registers its own tests instead.
 *
 * @example
 * describeDocumentationExamples({ suite: 'core', outDir: join(__dirname, '.generated'),
 *   tsconfig: join(__dirname, '../../tsconfig.json') });
 */
export function describeDocumentationExamples(options: DocumentationExamplesOptions): void {
  const pages = documentationPages(options.suite);
  rmSync(options.outDir, { recursive: true, force: true }); // no module of a removed page stays
  const examples = pages.flatMap((page) =>
    extractExamples(
      join(REPOSITORY_ROOT, page),
      join(options.outDir, page.replace(/\.md$/, '')),
      REPOSITORY_ROOT,
    ),
  );

  describe(`documentation examples (${options.suite})`, () => {
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
        ...options.env,
      });
    });
    afterAll(async () => {
      process.env = saved;
      await server.close();
    });

    test('every relative link leads to a file and heading that exist', () => {
      const files = pages.map((page) => join(REPOSITORY_ROOT, page));
      expect(brokenLinks(files, REPOSITORY_ROOT)).toEqual([]);
    });

    test('every example type-checks', () => {
      const problems = typeCheckExamples(examples, {
        tsconfig: options.tsconfig,
        paths: publishedDeclarations(SUITE_PACKAGES[options.suite]),
        rootDir: REPOSITORY_ROOT,
      });
      expect(problems).toEqual([]);
    }, 60_000);

    for (const example of examples) {
      if (example.kind === 'node-test') continue; // type-checked above; run by tests/consumer
      if (example.kind === 'suite') {
        describe(example.name, () => {
          require(example.file);
        });
        continue;
      }
      test(example.name, async () => {
        engine.reset();
        const printed: string[] = [];
        const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
          // On one line, as promised: util.inspect breaks long objects over several.
          printed.push(format(...args).replace(/\n\s*/g, ' '));
        });
        try {
          const module = await import(example.file);
          await module.run();
        } finally {
          log.mockRestore();
          await options.afterEach?.();
        }
        // Promises kept are shown as promised, so a failure's diff points at the broken ones.
        const shown = printed.map((line, i) =>
          i < example.expectedLogs.length && keeps(line, example.expectedLogs[i])
            ? example.expectedLogs[i]
            : line,
        );
        expect(shown).toEqual(example.expectedLogs);
      });
    }
  });
}
