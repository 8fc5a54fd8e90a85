import { CliError, errorMessage } from '../errors';
import { collectExports, type ModuleContents } from './collect-exports';
import { foreignCore } from './foreign-core';
import { loadModule, type LoadedModule } from './load-module';

export type EntityModule = LoadedModule & ModuleContents;

function noEntities(module: EntityModule): CliError {
  const exported = module.exportNames.length
    ? `it exports ${module.exportNames.join(', ')}`
    : 'it exports nothing';
  const tables = module.tables.length ? ` (a Table, but no entity class)` : '';
  const core = foreignCore(module.path);
  const hint = core
    ? `it loads another copy of @monotable/core (${core}) than monotable does: install @monotable/cli in the project that has @monotable/core`
    : 'export the classes decorated with @Entity';
  return new CliError(`Module ${module.spec} exports no entities: ${exported}${tables}; ${hint}`);
}

/** Loads a module that must export entity classes (`--entities`). */
export async function loadEntityModule(spec: string, cwd?: string): Promise<EntityModule> {
  const module = await loadModule(spec, cwd);
  const contents = readContents(module);
  const loaded = { ...module, ...contents };
  if (!contents.entities.length) throw noEntities(loaded);
  return loaded;
}

/** The module's entities and tables; an entity with wrong metadata is named with its module. */
export function readContents(module: LoadedModule): ModuleContents {
  try {
    return collectExports(module.exports);
  } catch (error) {
    throw new CliError(
      `Module ${module.spec} exports an invalid entity: ${errorMessage(error)}`,
      undefined,
      {
        cause: error,
      },
    );
  }
}

export function loadEntityModules(specs: string[] = [], cwd?: string): Promise<EntityModule[]> {
  return Promise.all(specs.map((spec) => loadEntityModule(spec, cwd)));
}
