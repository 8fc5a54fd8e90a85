import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './documentation-pages';

/**
 * `paths` that resolve the `@monotable/*` packages a suite's pages use to their built
 * declarations, the `.d.ts` files a user's compiler sees. They exist once the packages are
 * built (turbo builds a workspace and its dependencies before its tests).
 */
export function publishedDeclarations(packages: readonly string[]): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const name of packages) {
    const declarations = join(REPOSITORY_ROOT, 'packages', name, 'dist', 'index.d.ts');
    if (!existsSync(declarations)) {
      throw new Error(`${declarations} is missing: build the packages first (npm run build)`);
    }
    paths[`@monotable/${name}`] = [declarations];
  }
  return paths;
}
