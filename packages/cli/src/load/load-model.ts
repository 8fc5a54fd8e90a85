import type { ModelOptions } from '../options/common-options';
import { buildModel, type Model } from './build-model';
import { loadEntityModules } from './load-entity-module';

/** The model of the `--entities` modules (plus `extra` entities), named by `--table`. */
export async function loadModel(options: ModelOptions, extra: Function[] = []): Promise<Model> {
  const modules = await loadEntityModules(options.entities);
  return buildModel([...extra, ...modules.flatMap((module) => module.entities)], options.table);
}
