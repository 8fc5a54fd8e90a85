import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Turns each ```ts block of a markdown file into a module exporting `run()`, so documentation
 * examples are compiled and executed by the test suite exactly as written. Imports and
 * everything before the first top-level `await` stay at module level (decorated classes must);
 * the rest becomes the body of `run()`.
 */
export function extractExamples(markdownFile: string, outDir: string): string[] {
  const markdown = readFileSync(markdownFile, 'utf8');
  const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  mkdirSync(outDir, { recursive: true });
  return blocks.map((code, index) => {
    const lines = code.trimEnd().split('\n');
    const firstAwait = lines.findIndex((line) => /^(const .*= )?await\b/.test(line));
    const split = firstAwait === -1 ? lines.length : firstAwait;
    const file = join(outDir, `example-${index}.ts`);
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
    return file;
  });
}
