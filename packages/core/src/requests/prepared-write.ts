import type { CheckRequest, DeleteRequest, PutRequest, UpdateRequest } from './request-types';

/** What a prepared write knows besides its request. */
interface WriteFacts<T> {
  /** Entity name, for error messages and cancellation reasons. */
  entityName: string;
  /** Physical primary key of the item written. */
  key: Record<string, unknown>;
  /**
   * The entity properties the key was made of, to name the item in error messages: read from
   * the key only when a message needs them, never on the way to a successful write.
   */
  slotsOf?: () => Record<string, unknown> | undefined;
  /** The entity as it will be stored (create and put). */
  entity?: T;
  /** The version the caller expected (update/delete with optimistic locking). */
  expectedVersion?: number;
  /** Whether the write carries a user condition (to tell condition failures from version conflicts). */
  hasUserCondition?: boolean;
  /**
   * The @Unique (and @Ttl) values this write expects the stored item to hold, as read just
   * before; the write is conditioned on them so that markers never drift from the item.
   */
  guard?: UniqueGuard;
  /** Set on the unique-marker writes monotable adds to an operation. */
  marker?: MarkerWrite;
  /**
   * A migration's rewrite: the item as read. The write holds only while the item is unchanged,
   * so a failure with a different stored item means it changed meanwhile (read again, retry).
   */
  rewriteOf?: Record<string, unknown>;
  /** Position of the caller's operation this write belongs to (a transaction folds in markers). */
  operationIndex?: number;
}

/**
 * A write request built once and used two ways: sent alone (PutItem, UpdateItem, DeleteItem)
 * or folded into TransactWriteItems. The params are the shape both accept.
 */
export type PreparedWrite<T = unknown> =
  | (WriteFacts<T> & { kind: 'create' | 'put'; params: PutRequest })
  | (WriteFacts<T> & { kind: 'update'; params: UpdateRequest })
  | (WriteFacts<T> & { kind: 'delete'; params: DeleteRequest })
  | (WriteFacts<T> & { kind: 'check'; params: CheckRequest });

export type PreparedPut<T = unknown> = Extract<PreparedWrite<T>, { kind: 'create' | 'put' }>;
export type WriteKind = PreparedWrite['kind'];

/** What a guarded write expects: whether the item exists, and its stored unique/TTL values. */
export interface UniqueGuard {
  exists: boolean;
  /** Stored attribute name → stored value (undefined: absent). */
  values: Record<string, unknown>;
}

/** A unique marker claimed (Put) or released (Delete) for an operation on its owner item. */
export interface MarkerWrite {
  action: 'claim' | 'release';
  property: string;
  /** The value as stored (dates as ISO strings). */
  value: unknown;
  /** The operation on the owner item, and the owner's primary key. */
  owner: { kind: WriteKind; key: Record<string, unknown> };
}
