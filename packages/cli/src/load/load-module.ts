import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError, errorMessage } from '../errors';

/** A module given on the command line, loaded. */
export interface LoadedModule {
  /** As given on the command line. */
  spec: string;
  /** Absolute path it resolved to. */
  path: string;
  exports: Record<string, unknown>;
}

// Under CommonJS output TypeScript turns `import()` into `require()`; this keeps a real dynamic
// import for the entity modules that are ES modules.
const importEsm = new Function('url', 'return import(url)') as (
  url: string,
) => Promise<Record<string, unknown>>;

function resolveModulePath(spec: string, cwd: string): string {
  const absolute = resolve(cwd, spec);
  try {
    return require.resolve(absolute);
  } catch {
    throw new CliError(
      `Cannot find module ${spec} (looked for ${absolute}): pass the path of a compiled .js module, ` +
        `relative to the working directory`,
    );
  }
}

function loadFailure(spec: string, path: string, error: unknown): CliError {
  const hint = /\.(c|m)?tsx?$/.test(path)
    ? ' (monotable loads compiled JavaScript: pass the .js file tsc emits, or run it with node -r ts-node/register)'
    : '';
  return new CliError(`Cannot load module ${spec}: ${errorMessage(error)}${hint}`, undefined, {
    cause: error,
  });
}

/** Loads a compiled module (CommonJS, or an ES module) given by a path relative to `cwd`. */
export async function loadModule(spec: string, cwd = process.cwd()): Promise<LoadedModule> {
  const path = resolveModulePath(spec, cwd);
  try {
    return { spec, path, exports: require(path) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM')
      throw loadFailure(spec, path, error);
  }
  try {
    return { spec, path, exports: await importEsm(pathToFileURL(path).href) };
  } catch (error) {
    throw loadFailure(spec, path, error);
  }
}
