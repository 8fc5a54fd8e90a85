import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Turns each ```ts block of a markdown file into a module exporting `run()`, so documentation
 * examples are compiled and executed by the test suite exactly as written. Imports and
 * everything before the first top-level `await` stay at module level (decorated classes must);
 * the rest becomes the body of `run()`.
 */
export interface Example {
  file: string;
  /** Output promised by `console.log(...); // output` comments, in order ('...' marks a partial promise). */
  expectedLogs: string[];
}

export function extractExamples(markdownFile: string, outDir: string, prefix: string): Example[] {
  const markdown = readFileSync(markdownFile, 'utf8');
  const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  mkdirSync(outDir, { recursive: true });
  return blocks.map((code, index) => {
    const lines = code.trimEnd().split('\n');
    const firstAwait = lines.findIndex((line) => /^(const .*= )?await\b/.test(line));
    const split = firstAwait === -1 ? lines.length : firstAwait;
    const file = join(outDir, `${prefix}-${index}.ts`);
    const expectedLogs = lines.flatMap((line) => {
      const promised = /^\s*console\.log\(.*\);\s*\/\/ (.*)$/.exec(line);
      return promised ? [promised[1]] : [];
    });
    writeFileSync(
      file,
      [
        ...lines.slice(0, split),
        '',
        'export async function run(): Promise<void> {',
        ...lines.slice(split).map((line) => `  ${line}`),
        '}',
        '',
      ].join('\n'),
    );
    return { file, expectedLogs };
  });
}
