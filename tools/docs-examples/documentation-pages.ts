import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root: README.md and docs/ live here. */
export const REPOSITORY_ROOT = join(__dirname, '../..');

/** The test suites that run documentation examples, named by the package that runs them. */
export type DocsSuite = 'core' | 'nestjs';

/**
 * Pages whose examples need more than @monotable/core can depend on. Every other page runs in
 * core's suite, so each page runs in exactly one suite and a new page is never left out.
 */
const SUITE_OF_PAGE: Record<string, DocsSuite> = {
  'docs/nestjs.md': 'nestjs',
};

/** The packages the examples of each suite import (its workspace and what it depends on). */
export const SUITE_PACKAGES: Record<DocsSuite, readonly string[]> = {
  core: ['core', 'testing'],
  nestjs: ['core', 'testing', 'nestjs'],
};

/** README.md and every docs/*.md page whose examples `suite` runs (paths from the root). */
export function documentationPages(suite: DocsSuite): string[] {
  const pages = [
    'README.md',
    ...readdirSync(join(REPOSITORY_ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `docs/${name}`),
  ];
  return pages.filter((page) => (SUITE_OF_PAGE[page] ?? 'core') === suite);
}
