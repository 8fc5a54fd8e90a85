export type { EntityClass } from './entity-class';
export type {
  MonotableConnectionOptions,
  MonotableModuleOptions,
} from './monotable-module-options.interface';
export type {
  MonotableModuleAsyncOptions,
  MonotableOptionsFactory,
} from './monotable-module-async-options.interface';
