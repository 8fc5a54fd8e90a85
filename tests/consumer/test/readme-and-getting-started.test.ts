import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, run } from '../support/consumer-project';
import { keepsPromises, markdownBlocks, promisedOutput } from '../support/markdown-examples';

// The README's example and every TypeScript block of docs/getting-started.md, saved verbatim in
// the fresh project (tsc --init + the two decorator options, "type": "module"), compiled
// against the published declarations and run with node.
const examples = [
  { file: 'readme.ts', code: markdownBlocks('README.md').filter((b) => b.language === 'ts')[0].code },
  ...markdownBlocks('docs/getting-started.md')
    .filter((block) => block.language === 'ts')
    .map((block, i) => ({ file: `getting-started-${i + 1}.ts`, code: block.code })),
];

// Each console.log call on one line, as the docs show it (util.inspect breaks long objects).
const ONE_LINE_LOG = `import { format } from 'node:util';
console.log = (...args) => process.stdout.write(format(...args).replace(/\\n\\s*/g, ' ') + '\\n');
`;

describe('README.md and docs/getting-started.md in a fresh project', () => {
  const { app, work } = consumer();
  const preload = join(work, 'one-line-log.mjs');

  beforeAll(() => {
    writeFileSync(preload, ONE_LINE_LOG);
    for (const example of examples) writeFileSync(join(app, example.file), example.code);
  });

  test('compile with tsc under module nodenext (tsc --init) against the published .d.ts', () => {
    expect(() => run('npx', ['tsc', '-p', '.'], { cwd: app })).not.toThrow();
  });

  test('type-check under moduleResolution bundler too', () => {
    writeFileSync(
      join(app, 'tsconfig.bundler.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        compilerOptions: { module: 'preserve', moduleResolution: 'bundler', noEmit: true },
      }),
    );
    expect(() => run('npx', ['tsc', '-p', 'tsconfig.bundler.json'], { cwd: app })).not.toThrow();
  });

  test.each(examples.map((example) => [example.file, example]))(
    '%s runs with node and prints what the page promises',
    (_, example) => {
      const printed = run('node', ['--import', preload, example.file.replace(/\.ts$/, '.js')], {
        cwd: app,
      })
        .split('\n')
        .filter((line) => line !== '');
      const promised = promisedOutput(example.code);
      expect({ printed, kept: keepsPromises(printed, promised) }).toEqual({
        printed: keepsPromises(printed, promised) ? printed : promised,
        kept: true,
      });
    },
  );
});
