import { Logger } from '@nestjs/common';
import type { MonotableLogger, RequestLogEvent } from '@monotable/core';
import { requestScopes } from './request-scope';

/** Refusals the shop expects (a stale version, a taken email, no stock): not worth a warning. */
const EXPECTED_FAILURES = new Set([
  'ConditionalCheckFailedException',
  'TransactionCanceledException',
]);

function describe(event: RequestLogEvent): string {
  const index = event.params.IndexName ? ` ${event.params.IndexName}` : '';
  const retries = event.retries ? `, ${event.retries} retries` : '';
  return `${event.operation}${index} ${Math.round(event.durationMs)}ms${retries}`;
}

/**
 * monotable's `logger` option: every DynamoDB request goes to Nest's Logger (context
 * `DynamoDB`, debug level; unexpected failures as warnings) and is counted in the scope of
 * the HTTP request being served.
 */
export function createDynamoDBLogger(logger = new Logger('DynamoDB')): MonotableLogger {
  return (event) => {
    requestScopes.getStore()?.record(event.operation);
    if (event.error === undefined) return logger.debug(describe(event));
    const name = (event.error as Error).name;
    const message = `${describe(event)} failed: ${name}`;
    if (EXPECTED_FAILURES.has(name)) logger.debug(message);
    else logger.warn(message);
  };
}
