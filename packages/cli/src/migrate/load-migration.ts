import { basename, extname } from 'node:path';
import { isEntity } from '@monotable/core';
import { CliError } from '../errors';
import { loadModule, readContents, type ModuleContents } from '../load';
import type { MigrationDefinition } from './define-migration';

export interface LoadedMigration {
  definition: MigrationDefinition;
  /** The checkpoint's name: the definition's `name`, else the module's file name. */
  name: string;
  /** Entities the module exports besides the migration. */
  contents: ModuleContents;
}

function isDefinition(value: unknown): value is MigrationDefinition {
  return typeof value === 'object' && value !== null && 'entity' in value;
}

function findDefinition(
  exports: Record<string, unknown> | undefined,
): MigrationDefinition | undefined {
  const candidates = [exports?.default, exports?.migration, exports];
  return candidates.find(isDefinition);
}

/** Loads a migration module: `export default defineMigration({ entity, ... })`. */
export async function loadMigration(spec: string, cwd?: string): Promise<LoadedMigration> {
  const module = await loadModule(spec, cwd);
  const definition = findDefinition(module.exports);
  if (!definition) {
    throw new CliError(
      `Module ${spec} exports no migration: export default defineMigration({ entity: ... }) (from @monotable/cli)`,
    );
  }
  if (!isEntity(definition.entity)) {
    throw new CliError(
      `The migration in ${spec} names ${String((definition.entity as Function)?.name ?? definition.entity)} as its entity, which is not an @Entity class`,
    );
  }
  // A checkpoint id allows letters, digits, '_', '-', '.' and ':' only.
  const name =
    definition.name ?? basename(module.path, extname(module.path)).replace(/[^\w.:-]/g, '-');
  return { definition, name, contents: readContents(module) };
}
