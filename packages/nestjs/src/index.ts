export { MonotableModule } from './monotable.module';
export { DEFAULT_CONNECTION_NAME } from './monotable.constants';
export { getMonotableToken, getRepositoryToken, InjectMonotable, InjectRepository } from './common';
export { MonotableExceptionFilter, httpStatusOf, toHttpException } from './filters';
export { describeRequestEvent, nestRequestLogger, MONOTABLE_REQUEST_LOGGER } from './logging';
export { MonotableHealthIndicator } from './health';
export { Transactional } from './transactions';
export type { TransactionalOptions } from './transactions';
export type { MonotableHealthResult, MonotablePingCheckOptions } from './health';
export type {
  EntityClass,
  MonotableConnectionOptions,
  MonotableModuleAsyncOptions,
  MonotableModuleOptions,
  MonotableOptionsFactory,
} from './interfaces';
