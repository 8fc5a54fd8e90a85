import { createRequire } from 'node:module';

/**
 * The @monotable/core a module loads when it is another copy than the CLI's own (its entity
 * classes are then registered where the CLI cannot see them), or undefined.
 */
export function foreignCore(modulePath: string): string | undefined {
  let theirs: string;
  try {
    theirs = createRequire(modulePath).resolve('@monotable/core');
  } catch {
    return undefined;
  }
  return theirs === require.resolve('@monotable/core') ? undefined : theirs;
}
