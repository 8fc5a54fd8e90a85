/**
 * The layers of @monotable/core are enforced by lint: an import that points up the layers
 * (model → requests → runtime → features → api) fails `npm run lint`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/** Lints `code` as if it were the file `path` of core's src, with the repository's own config. */
async function problems(path: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/eslint/bin/eslint.js'),
      '--format',
      'json',
      '--stdin',
      '--stdin-filename',
      join(root, 'packages/core/src', path),
    ],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as Array<{
    messages: Array<{ ruleId: string; message: string }>;
  }>;
  return result.messages.filter((m) => m.ruleId === 'core-layers/layers').map((m) => m.message);
}

describe('core layers', () => {
  jest.setTimeout(30_000);
  it.each([
    [
      'model/keys/x.ts',
      "import { Repository } from '../../api/repository';\nexport const r = Repository;",
      'model/ may not import from api/',
    ],
    [
      'requests/x.ts',
      "import { sendOperation } from '../runtime/send-operation';\nexport const s = sendOperation;",
      'requests/ may not import from runtime/',
    ],
    [
      'runtime/x.ts',
      "import { rewriteItem } from '../features/migrations/rewrite-item';\nexport const r = rewriteItem;",
      'runtime/ may not import from features/',
    ],
    [
      'features/relations/x.ts',
      "import { Monotable } from '../../api/monotable';\nexport const m = Monotable;",
      'features/ may not import from api/',
    ],
    [
      'model/x.ts',
      "import { marshall } from '@aws-sdk/util-dynamodb';\nexport const m = marshall;",
      'model/ is pure',
    ],
  ])('refuses %s importing upwards', async (path, code, message) => {
    expect((await problems(path, code)).join('\n')).toContain(message);
  });

  it.each([
    [
      'api/x.ts',
      "import { sendOperation } from '../runtime/send-operation';\nexport const s = sendOperation;",
    ],
    [
      'runtime/x.ts',
      "import { prepareOperation } from '../requests/prepare-operation';\nexport const p = prepareOperation;",
    ],
    [
      'features/migrations/x.ts',
      "import { writeEntity } from '../../runtime/write-entity';\nexport const w = writeEntity;",
    ],
  ])('accepts %s importing downwards', async (path, code) => {
    expect(await problems(path, code)).toEqual([]);
  });
});
