export { describeRequestEvent, nestRequestLogger, MONOTABLE_REQUEST_LOGGER } from './nest-request-logger';
