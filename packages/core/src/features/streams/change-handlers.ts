import { ConfigurationError } from '../../model/errors';
import type { EntityChange, StreamChanges } from './entity-change';
import type { StreamBatchResponse, StreamEvent } from './stream-record';

type EntityClass<T> = new (...args: any[]) => T;

/** What to do with the changes of one entity: each receives the change too. */
export interface ChangeHandlers<T extends object> {
  insert?: (item: T, change: EntityChange<T>) => unknown;
  /** `previous` is absent when the stream carries no old images. */
  modify?: (item: T, previous: T | undefined, change: EntityChange<T>) => unknown;
  /** `item` is the old image; absent when the stream carries none (then see `change.key`). */
  remove?: (item: T | undefined, change: EntityChange<T>) => unknown;
}

/** Registers the handlers of one entity: `on(Customer, { insert: (customer) => ... })`. */
export type OnChange = <T extends object>(
  entity: EntityClass<T>,
  handlers: ChangeHandlers<T>,
) => void;

/** A Lambda handler of a DynamoDB stream that reports the records it could not handle. */
export type StreamHandler = (event: StreamEvent) => Promise<StreamBatchResponse>;

export interface OnChangeOptions {
  /**
   * Told of every handler failure before its records are reported for a retry: the error and
   * the change it was handling. Default: `console.error` with the entity, the change, its key
   * and sequence number, and the error (a Lambda's log).
   */
  onError?: (error: unknown, change: EntityChange) => void;
}

/** The default `onError`: one line naming the change, then the error with its stack. */
function logFailure(error: unknown, change: EntityChange): void {
  console.error(
    `monotable: the ${change.kind} handler of ${change.entity} failed on ${JSON.stringify(change.key)} ` +
      `(record ${change.record.dynamodb?.SequenceNumber ?? '?'}); it and the records after it are reported for a retry`,
    error,
  );
}

/**
 * Builds a stream handler from per-entity handlers. Records are handled one after the other,
 * in order; when a handler throws, that record and every later one are reported as failed
 * (`batchItemFailures`, by sequence number), so the event source delivers them again from
 * there and no change is handled out of order. Changes of entities without handlers, and
 * records that are not changes of an entity, are passed over. Each failure goes to `onError`. An insert or modify handler on a
 * stream without new images is a ConfigurationError (the whole invocation fails).
 */
export function buildStreamHandler(
  read: (event: StreamEvent) => StreamChanges,
  nameOf: (entity: Function) => string,
  register: (on: OnChange) => void,
  { onError = logFailure }: OnChangeOptions = {},
): StreamHandler {
  const byEntity = new Map<string, ChangeHandlers<object>>();
  register((entity, handlers) => {
    byEntity.set(nameOf(entity), handlers as ChangeHandlers<object>);
  });
  return async (event) => {
    const { changes } = read(event);
    for (const change of changes) {
      const handlers = byEntity.get(change.entity);
      const wantsItem =
        change.kind === 'insert'
          ? handlers?.insert
          : change.kind === 'modify'
            ? handlers?.modify
            : undefined;
      if (wantsItem && !change.newImage) {
        throw new ConfigurationError(
          `The ${change.kind} handler of ${change.entity} needs the new image of the item, and the stream ` +
            "carries none: give the table's stream the view type NEW_IMAGE or NEW_AND_OLD_IMAGES",
        );
      }
      try {
        if (change.kind === 'insert' && change.newImage)
          await handlers?.insert?.(change.newImage, change);
        if (change.kind === 'modify' && change.newImage) {
          await handlers?.modify?.(change.newImage, change.oldImage, change);
        }
        if (change.kind === 'remove') await handlers?.remove?.(change.oldImage, change);
      } catch (error) {
        onError(error, change);
        return { batchItemFailures: failedFrom(event, change) };
      }
    }
    return { batchItemFailures: [] };
  };
}

/** The records from the failed change's on, by sequence number (the event source retries them). */
function failedFrom(event: StreamEvent, change: EntityChange): { itemIdentifier: string }[] {
  const from = event.Records.indexOf(change.record);
  return event.Records.slice(from)
    .map((record) => record.dynamodb?.SequenceNumber)
    .filter((sequence): sequence is string => sequence !== undefined)
    .map((itemIdentifier) => ({ itemIdentifier }));
}
