import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './documentation-pages';

const PACKAGES = ['core', 'testing', 'nestjs', 'cli'];

/**
 * `paths` that resolve each `@monotable/*` package to its built declarations, the `.d.ts` files
 * a user's compiler sees. They exist once the packages are built (turbo builds them before
 * every test run).
 */
export function publishedDeclarations(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const name of PACKAGES) {
    const declarations = join(REPOSITORY_ROOT, 'packages', name, 'dist', 'index.d.ts');
    if (!existsSync(declarations)) {
      throw new Error(`${declarations} is missing: build the packages first (npm run build)`);
    }
    paths[`@monotable/${name}`] = [declarations];
  }
  return paths;
}
