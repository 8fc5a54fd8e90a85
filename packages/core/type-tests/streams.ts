/**
 * Compile-only: stream handlers receive their entity's class. Every `@ts-expect-error` line
 * must fail to compile; every other line must compile.
 */
import { Attribute, Entity, Table, type Monotable } from '../src';

const T = new Table({ name: 't', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: T, pk: 'ORDER#{id}', sk: 'ORDER' })
class Order {
  @Attribute() id!: string;
  @Attribute({ type: 'number' }) total = 0;
}

declare const db: Monotable;

export const handler = db.onChange((on) => {
  on(Order, {
    insert: (order) => order.total.toFixed(2),
    modify: (next, previous) => next.total - (previous?.total ?? 0),
    remove: (order, change) => `${order?.id ?? String(change.key.id)}`,
  });
  on(Order, {
    // @ts-expect-error an Order has no `amount`
    insert: (order) => order.amount,
  });
  on(Order, {
    // @ts-expect-error the previous image may be absent (a stream without old images)
    modify: (next, previous) => next.total - previous.total,
  });
});

export async function handle(): Promise<string[]> {
  const response = await handler({ Records: [] });
  return response.batchItemFailures.map((failure) => failure.itemIdentifier);
}

// A stream view type is one of DynamoDB's four, on the table or when creating it.
export const streamed = new Table({ name: 's', partitionKey: 'PK', stream: 'KEYS_ONLY' });
// @ts-expect-error not a stream view type
export const wrong = new Table({ name: 's', partitionKey: 'PK', stream: 'ALL' });
void db.createTable({ stream: 'NEW_AND_OLD_IMAGES' });
// @ts-expect-error not a stream view type
void db.createTable({ stream: 'EVERYTHING' });

// onError receives the failure and the change it was handling.
export const logged = db.onChange(() => undefined, {
  onError: (error, change) => `${change.entity} ${change.kind} ${String(error)}`,
});
// @ts-expect-error the error is unknown: narrow it before reading a message
void db.onChange(() => undefined, { onError: (error) => error.message });
// @ts-expect-error not an option of onChange
void db.onChange(() => undefined, { onFailure: () => undefined });
