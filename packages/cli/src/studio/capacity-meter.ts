import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestLogEvent } from '@monotable/core';

/** A request one studio call sent, and the capacity DynamoDB says it consumed. */
export interface SentRequest {
  operation: string;
  consumedCapacity?: unknown;
}

/**
 * Collects the requests (and their consumed capacity) the connection sends on behalf of one
 * studio call: the connection's logger writes into the scope of the call that is running.
 */
export class CapacityMeter {
  private readonly scope = new AsyncLocalStorage<SentRequest[]>();

  readonly logger = (event: RequestLogEvent): void => {
    this.scope.getStore()?.push({
      operation: event.operation,
      ...(event.consumedCapacity ? { consumedCapacity: event.consumedCapacity } : {}),
    });
  };

  async measure<R>(work: () => Promise<R>): Promise<{ result: R; sent: SentRequest[] }> {
    const sent: SentRequest[] = [];
    const result = await this.scope.run(sent, work);
    return { result, sent };
  }
}
