import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, run, start } from '../support/consumer-project';
import { markdownBlocks } from '../support/markdown-examples';

// What docs/lambda.md tells Lambda users: compile to ES modules, then bundle with esbuild
// preferring ES module builds (mainFields module,main; the `module` condition). The published
// packages must then be tree-shaken: core's ES module build, class-validator's, and none of the
// validators the app does not use.
const readme = markdownBlocks('README.md').filter((block) => block.language === 'ts')[0].code;

const BUNDLE_SCRIPT = `import { build } from 'esbuild';
const result = await build({
  entryPoints: ['bundle-entry.js'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'bundled/app.mjs',
  mainFields: ['module', 'main'],
  conditions: ['module'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  metafile: true,
  logLevel: 'error',
});
// The files that put code into the bundle (inputs only parsed, then shaken off, carry 0 bytes).
const [output] = Object.values(result.metafile.outputs);
const kept = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0);
process.stdout.write(JSON.stringify(kept.map(([path]) => path)));
`;

describe('bundling the README example for Lambda', () => {
  const { app } = consumer();

  test('esbuild takes the ES module builds, drops unused validators, and the bundle runs', () => {
    writeFileSync(join(app, 'bundle-entry.ts'), readme);
    run('npx', ['tsc', '-p', '.'], { cwd: app });
    writeFileSync(join(app, 'bundle.mjs'), BUNDLE_SCRIPT);
    const inputs: string[] = JSON.parse(run('node', ['bundle.mjs'], { cwd: app }));
    expect(existsSync(join(app, 'bundled', 'app.mjs'))).toBe(true);

    expect(inputs.filter((input) => input.includes('@monotable/core/dist/esm/')).length).toBeGreaterThan(10);
    expect(inputs.filter((input) => /@monotable\/core\/dist\/(?!esm\/)/.test(input))).toEqual([]);
    expect(inputs.filter((input) => input.includes('libphonenumber-js'))).toEqual([]);
    expect(inputs.filter((input) => input.includes('class-validator/cjs/'))).toEqual([]);

    const printed = run('node', [join('bundled', 'app.mjs')], { cwd: app }).trim();
    expect(printed).toBe('10 2');
  });
});

describe('docs/lambda.md in a fresh project', () => {
  const { app } = consumer();
  const blocks = markdownBlocks('docs/lambda.md');
  let stopServer = () => {};
  afterAll(() => stopServer());

  test('its handler.ts and build.mjs, verbatim, give a bundle whose handler answers', async () => {
    writeFileSync(join(app, 'handler.ts'), blocks.find((b) => b.fileName === 'handler.ts')!.code);
    writeFileSync(join(app, 'build.mjs'), blocks.find((b) => b.fileName === 'build.mjs')!.code);
    run('npx', ['tsc', '-p', '.'], { cwd: app });
    run('node', ['build.mjs'], { cwd: app });
    expect(existsSync(join(app, 'dist', 'handler.mjs'))).toBe(true);

    const server = await start('npx', ['monotable-local', '--port', '0'], {
      cwd: app,
      ready: /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    });
    stopServer = server.stop;
    const invoke = `const { db, handler, Customer } = await import('./dist/handler.mjs');
await db.createTable();
await db.getRepository(Customer).create({ id: 'c1', email: 'ada@example.com' });
console.log(JSON.stringify(await handler({ customerId: 'c1' })));`;
    const printed = run('node', ['--input-type=module', '-e', invoke], {
      cwd: app,
      env: {
        AWS_ENDPOINT_URL_DYNAMODB: server.match[1],
        AWS_REGION: 'local',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
      },
    });
    expect(printed.trim()).toBe('{"email":"ada@example.com"}');
  });
});
