import { dirname, relative } from 'node:path';
import ts from 'typescript';
import type { Example } from './extract-examples';

export interface TypeCheckOptions {
  /** The tsconfig.json whose compiler options the examples are checked with. */
  tsconfig: string;
  /** More `paths` entries, relative to the tsconfig's directory (e.g. the package under test). */
  paths?: Record<string, string[]>;
  /** Markdown paths in messages are relative to this directory. */
  rootDir: string;
}

/**
 * Type-checks the generated example modules as one program, the way `tsc` checks the package's
 * own code, and returns every problem as 'docs/page.md:LINE: message' (empty when there is
 * none). Jest only transpiles, so without this a docs example could name an option or a
 * property that no longer exists and still pass.
 */
export function typeCheckExamples(
  examples: readonly Example[],
  options: TypeCheckOptions,
): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    options.tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`Cannot read ${options.tsconfig}`);
  const compilerOptions: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    baseUrl: parsed.options.baseUrl ?? dirname(options.tsconfig),
    paths: { ...parsed.options.paths, ...options.paths },
  };
  const program = ts.createProgram(
    examples.map((example) => example.file),
    compilerOptions,
  );
  const byFile = new Map(examples.map((example) => [example.file, example]));
  const problems: string[] = [];
  for (const sourceFile of program.getSourceFiles()) {
    const example = byFile.get(sourceFile.fileName);
    if (!example) continue;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile),
    ];
    for (const diagnostic of diagnostics) {
      const line =
        diagnostic.start === undefined
          ? 0
          : sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line;
      const markdownLine = example.sourceLines[line] || example.source.line;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      problems.push(
        `${relative(options.rootDir, example.source.file)}:${markdownLine}: TS${diagnostic.code} ${message}`,
      );
    }
  }
  return problems;
}
