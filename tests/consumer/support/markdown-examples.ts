import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './consumer-project';

/** One fenced block of a documentation page, as written. */
export interface MarkdownBlock {
  language: string;
  code: string;
  /** `orders.test.ts` for a block whose first line is `// orders.test.ts`. */
  fileName?: string;
}

/** The fenced blocks of a page of the repository (README.md, docs/testing.md, ...). */
export function markdownBlocks(page: string): MarkdownBlock[] {
  const markdown = readFileSync(join(REPOSITORY_ROOT, page), 'utf8');
  return [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)].map(([, language, code]) => ({
    language,
    code,
    fileName: /^\/\/ ([\w.-]+\.(?:ts|mjs|js|json))\b/.exec(code)?.[1],
  }));
}

/**
 * What the block promises to print: for each `console.log(...); // output` line, the output
 * ('a ... b' promises a line containing 'a' and 'b').
 */
export function promisedOutput(code: string): string[] {
  return [...code.matchAll(/^\s*console\.log\(.*\);\s*\/\/ (.*)$/gm)].map(([, output]) => output);
}

/** Whether printed lines keep the promises, in order. */
export function keepsPromises(printed: readonly string[], promised: readonly string[]): boolean {
  return (
    printed.length === promised.length &&
    promised.every((promise, i) =>
      promise.includes('...')
        ? promise
            .split('...')
            .map((part) => part.trim().replace(/,$/, ''))
            .filter(Boolean)
            .every((part) => printed[i].includes(part))
        : printed[i] === promise,
    )
  );
}
