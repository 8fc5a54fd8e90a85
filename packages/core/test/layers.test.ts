/**
 * The layers of @monotable/core are enforced by lint: an import that points up the layers
 * (model → requests → runtime → features → api) fails `npm run lint`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

interface LintCase {
  path: string;
  code: string;
}

/**
 * Lints each case's `code` as if it were the file `path` of core's src, with the repository's own
 * config, in one ESLint process (loading the config costs more than linting), and returns the
 * layer rule's messages per case.
 */
function layerProblems(cases: LintCase[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const results = [];
      for (const { path, code } of cases) {
        const [result] = await eslint.lintText(code, { filePath: path });
        results.push(result.messages);
      }
      process.stdout.write(JSON.stringify(results));
    })();`;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: root,
    input: JSON.stringify(
      cases.map(({ path, code }) => ({ path: join(root, 'packages/core/src', path), code })),
    ),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as Array<Array<{ ruleId: string; message: string }>>;
  return results.map((messages) =>
    messages.filter((m) => m.ruleId === 'core-layers/layers').map((m) => m.message),
  );
}

const refused: Array<[path: string, code: string, message: string]> = [
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
];

const accepted: Array<[path: string, code: string]> = [
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
];

describe('core layers', () => {
  let refusedProblems: string[][];
  let acceptedProblems: string[][];

  beforeAll(() => {
    const all = layerProblems([...refused, ...accepted].map(([path, code]) => ({ path, code })));
    refusedProblems = all.slice(0, refused.length);
    acceptedProblems = all.slice(refused.length);
  }, 60_000);

  it.each(refused.map((entry, index) => [...entry, index] as const))(
    'refuses %s importing upwards',
    (_path, _code, message, index) => {
      expect(refusedProblems[index].join('\n')).toContain(message);
    },
  );

  it.each(accepted.map((entry, index) => [...entry, index] as const))(
    'accepts %s importing downwards',
    (_path, _code, index) => {
      expect(acceptedProblems[index]).toEqual([]);
    },
  );
});
