import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

/**
 * A new order id: a ULID from a monotonic factory, so ids sort by creation time even within
 * one millisecond and `ORDER#{id}` sort keys list a customer's orders newest first with a
 * descending Query.
 */
export function newOrderId(placedAt: Date): string {
  return nextUlid(placedAt.getTime());
}
