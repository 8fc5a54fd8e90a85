import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** One ```ts block of a markdown page, written out as a module that exports `run()`. */
export interface Example {
  /** 'docs/errors.md example 3' */
  name: string;
  /**
   * 'run': the test calls `run()` and checks what it prints. 'suite': a test file (a block
   * headed `// orders.test.ts`), loaded while the docs suite is declared so that its own
   * `describe`/`test` calls register as tests. 'node-test': a `node:test` file (headed
   * `// orders.node.test.ts`), type-checked here and run with `node --test` by the consumer
   * tests (jest cannot host node:test's runner).
   */
  kind: 'run' | 'suite' | 'node-test';
  /** The markdown file, and the line of the block's first code line in it (1-based). */
  source: { file: string; line: number };
  /** The generated module. */
  file: string;
  /** For each line of the generated module, the markdown line it came from (0 for added lines). */
  sourceLines: number[];
  /** Output promised by `console.log(...); // output` comments, in order ('...' marks a partial promise). */
  expectedLogs: string[];
}

/** A block whose first line is `// path/to/file.ts` is that file of the page's example app. */
const FILE_HEADER = /^\/\/ ([\w./-]+\.ts)$/;
/** A test file; written under another name, or jest would collect it as a test of its own. */
const TEST_FILE = /\.test\.ts$/;
const NODE_TEST_FILE = /\.node\.test\.ts$/;
const PROMISED_LOG = /^\s*console\.log\(.*\);\s*\/\/ (.*)$/;

/** True when a top-level statement awaits outside any nested function. */
function awaitsAtTopLevel(node: ts.Node): boolean {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isForOfStatement(node) && node.awaitModifier) return true;
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  return ts.forEachChild(node, awaitsAtTopLevel) ?? false;
}

const staysAtModuleLevel = (statement: ts.Statement) =>
  ts.isImportDeclaration(statement) ||
  ts.isImportEqualsDeclaration(statement) ||
  ts.isExportDeclaration(statement) ||
  ts.isExportAssignment(statement) ||
  (ts.canHaveModifiers(statement) &&
    (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword));

/**
 * The block as a module: imports, exports and everything before the first statement that
 * awaits stay at module level (decorated classes must); the rest becomes the body of `run()`,
 * so that top-level `await` works in a CommonJS test run.
 */
function toModule(code: string, firstLine: number): { text: string; sourceLines: number[] } {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, true);
  const lines = code.split('\n');
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line;
  const split = source.statements.find(awaitsAtTopLevel);
  const splitLine = split ? lineOf(split.getStart(source)) : lines.length;
  const hoisted = new Set<number>();
  for (const statement of source.statements) {
    const start = lineOf(statement.getStart(source));
    if (start < splitLine || !staysAtModuleLevel(statement)) continue;
    for (let line = start; line <= lineOf(statement.getEnd()); line++) hoisted.add(line);
  }
  const out: Array<[string, number]> = [];
  lines.forEach((line, index) => {
    if (index < splitLine || hoisted.has(index)) out.push([line, firstLine + index]);
  });
  out.push(['', 0], ['export async function run(): Promise<void> {', 0]);
  lines.forEach((line, index) => {
    if (index >= splitLine && !hoisted.has(index))
      out.push([line ? `  ${line}` : '', firstLine + index]);
  });
  out.push(['}', 0], ['', 0]);
  return { text: out.map(([line]) => line).join('\n'), sourceLines: out.map(([, n]) => n) };
}

/**
 * Turns each ```ts block of a markdown file into a module exporting `run()`, so documentation
 * examples are compiled and executed by the test suite exactly as written. The modules of one
 * page share a directory: a block headed `// customers/customers.service.ts` is written to that
 * path, so the page's other blocks can import it (`./customers/customers.service`); the others
 * are written as `example-<n>.ts`. A block headed with a test file name (`// orders.test.ts`)
 * is a jest suite of its own; one headed `// orders.node.test.ts` is a node:test file.
 */
export function extractExamples(markdownFile: string, outDir: string, rootDir: string): Example[] {
  const markdown = readFileSync(markdownFile, 'utf8');
  const page = relative(rootDir, markdownFile);
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match, index) => {
    const code = match[1].trimEnd();
    const firstLine = markdown.slice(0, match.index).split('\n').length + 1;
    const header = FILE_HEADER.exec(code.split('\n')[0]);
    const suite = Boolean(header && TEST_FILE.test(header[1]));
    const file = join(
      outDir,
      header ? header[1].replace(TEST_FILE, '.suite.ts') : `example-${index + 1}.ts`,
    );
    const { text, sourceLines } = toModule(code, firstLine);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return {
      name: `${page} example ${index + 1}`,
      kind: header && NODE_TEST_FILE.test(header[1]) ? 'node-test' : suite ? 'suite' : 'run',
      source: { file: markdownFile, line: firstLine },
      file,
      sourceLines,
      expectedLogs: code.split('\n').flatMap((line) => {
        const promised = PROMISED_LOG.exec(line);
        return promised ? [promised[1]] : [];
      }),
    };
  });
}
