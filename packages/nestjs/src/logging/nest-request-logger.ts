import type { MonotableLogger, RequestLogEvent } from '@monotable/core';
import { Logger } from '@nestjs/common';

/** The Nest Logger context request events are logged under. */
export const MONOTABLE_REQUEST_LOGGER = 'Monotable';

/** `consumed 1.5 RCU` style text of an event's consumed capacity, or ''. */
function capacityOf(event: RequestLogEvent): string {
  const entries = [event.consumedCapacity ?? []].flat();
  const units = entries.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
  return entries.length ? `, ${units} capacity units` : '';
}

/** One line per request: `Query shop (index GSI1) 3.2 ms, 1 retry, 0.5 capacity units`. */
export function describeRequestEvent(event: RequestLogEvent): string {
  const table = typeof event.params.TableName === 'string' ? ` ${event.params.TableName}` : '';
  const index = typeof event.params.IndexName === 'string' ? ` (index ${event.params.IndexName})` : '';
  const retries = event.retries ? `, ${event.retries} ${event.retries === 1 ? 'retry' : 'retries'}` : '';
  const again = event.retry ? `, attempt ${event.retry.attempt} (${event.retry.reason})` : '';
  const failed = event.error ? `, failed: ${(event.error as Error).name ?? 'Error'}` : '';
  return `${event.operation}${table}${index} ${event.durationMs.toFixed(1)} ms${retries}${again}${capacityOf(event)}${failed}`;
}

/**
 * A monotable request logger that writes each request to Nest's Logger at debug level (so
 * `logger: ['debug', ...]` or your Logger implementation decides whether it shows), failed
 * requests at warn level. `logger: 'nest'` in the module options installs it.
 *
 * @example
 * MonotableModule.forRoot({ client, table: ShopTable, entities, logger: nestRequestLogger() })
 */
export function nestRequestLogger(context = MONOTABLE_REQUEST_LOGGER): MonotableLogger {
  const logger = new Logger(context);
  return (event) => {
    if (event.error) logger.warn(describeRequestEvent(event));
    else logger.debug(describeRequestEvent(event));
  };
}
