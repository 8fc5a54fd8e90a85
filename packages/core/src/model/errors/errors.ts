import { MonotableError } from './monotable-error';
import { describeItem } from './describe-item';

/** One constraint that a field failed, as reported by class-validator or monotable itself. */
export interface FieldViolation {
  entity: string;
  property: string;
  value?: unknown;
  constraints: Record<string, string>;
}

/** What an error about one item may know besides its physical key. */
export interface ErrorItemOptions {
  cause?: unknown;
  /** The entity properties the key was made of, to name the item in the message. */
  slots?: Record<string, unknown>;
}

/** Entity data failed validation; nothing was written. */
export class ValidationError extends MonotableError {
  readonly code = 'VALIDATION_FAILED';
  constructor(
    readonly entity: string,
    readonly violations: FieldViolation[],
  ) {
    super(
      `${entity} is invalid: ` +
        violations
          .map((v) => `${v.property} (${Object.values(v.constraints).join('; ')})`)
          .join(', '),
    );
  }
}

/**
 * A key could not be built, or a key condition breaks DynamoDB's rules: a slot value is empty or
 * contains the separator, a multi-attribute index key value is empty or over the size limit, a
 * `where` skips a sort key slot or property, a primary key slot is changed.
 */
export class KeyTemplateError extends MonotableError {
  readonly code = 'KEY_TEMPLATE_INVALID';
}

/** `getOrFail` (or an update/delete that requires the item) found nothing at the key. */
export class ItemNotFoundError extends MonotableError {
  readonly code = 'ITEM_NOT_FOUND';
  /** The entity properties the key was made of (`{ id: 'nobody' }`), when known. */
  readonly slots?: Record<string, unknown>;
  constructor(
    readonly entity: string,
    /** The physical primary key. */
    readonly key: Record<string, unknown>,
    options?: ErrorItemOptions,
  ) {
    super(`${describeItem(entity, options?.slots, key)} not found`, options);
    this.slots = options?.slots;
  }
}

/** `create` found an item already stored under the same primary key. */
export class ItemExistsError extends MonotableError {
  readonly code = 'ITEM_EXISTS';
  /** The entity properties the key was made of, when known. */
  readonly slots?: Record<string, unknown>;
  constructor(
    readonly entity: string,
    /** The physical primary key. */
    readonly key: Record<string, unknown>,
    options?: ErrorItemOptions,
  ) {
    super(`${describeItem(entity, options?.slots, key)} already exists`, options);
    this.slots = options?.slots;
  }
}

/** A user-supplied condition did not hold; nothing was written. */
export class ConditionalCheckFailedError extends MonotableError {
  readonly code = 'CONDITIONAL_CHECK_FAILED';
  constructor(
    message: string,
    readonly entity?: string,
    readonly item?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Optimistic locking: the stored version is not the expected one. */
export class VersionConflictError extends MonotableError {
  readonly code = 'VERSION_CONFLICT';
  /** The entity properties the key was made of, when known. */
  readonly slots?: Record<string, unknown>;
  constructor(
    readonly entity: string,
    /** The physical primary key. */
    readonly key: Record<string, unknown>,
    readonly expectedVersion: number | undefined,
    options?: ErrorItemOptions,
  ) {
    super(
      `${describeItem(entity, options?.slots, key)} was changed concurrently: expected version ${expectedVersion}`,
      options,
    );
    this.slots = options?.slots;
  }
}

/** A `@Unique()` value is already taken by another item. */
export class UniqueConstraintError extends MonotableError {
  readonly code = 'UNIQUE_CONSTRAINT';
  constructor(
    readonly entity: string,
    readonly property: string,
    readonly value: unknown,
    options?: { cause?: unknown },
  ) {
    super(
      `${entity}.${property} must be unique: ${JSON.stringify(value)} is already taken`,
      options,
    );
  }
}

/** Why one operation of a cancelled transaction failed. */
export interface CancellationReason {
  /** Index of the operation in the order it was added to the transaction. */
  index: number;
  /** The operation at `index`: 'create' | 'put' | 'update' | 'delete' | 'check'. */
  operation: string;
  entity: string;
  /** Primary key of the operation's item. */
  key?: Record<string, unknown>;
  /** Set when the write that failed is one of the operation's @Unique markers. */
  marker?: { action: 'claim' | 'release'; property: string; value: unknown };
  /** DynamoDB's reason code: ConditionalCheckFailed, TransactionConflict, ItemCollectionSizeLimitExceeded, ... */
  code: string;
  message?: string;
  item?: Record<string, unknown>;
  /** The typed error this operation would have raised alone (ItemExistsError, VersionConflictError, ...). */
  error?: MonotableError;
}

/** DynamoDB cancelled a transaction; `reasons` says which operations caused it. */
export class TransactionCanceledError extends MonotableError {
  readonly code = 'TRANSACTION_CANCELED';
  constructor(
    readonly reasons: CancellationReason[],
    options?: { cause?: unknown },
  ) {
    super(
      'Transaction cancelled: ' +
        (reasons.length
          ? reasons
              .map(
                (r) =>
                  `#${r.index} ${r.operation} ${r.entity}${r.marker ? ` (unique ${r.marker.property})` : ''}: ${r.code}`,
              )
              .join(', ')
          : 'no reason given'),
      options,
    );
  }
}

/** Some items of a batch write could not be written after every retry. */
export class BatchWriteError extends MonotableError {
  readonly code = 'BATCH_WRITE_FAILED';
  constructor(
    readonly unprocessed: Array<{ type: 'put' | 'delete'; item: Record<string, unknown> }>,
    options?: { cause?: unknown },
  ) {
    super(`${unprocessed.length} item(s) could not be written after retries`, options);
  }
}

/** An item exceeds DynamoDB's 400 KB limit; detected before sending. */
export class ItemTooLargeError extends MonotableError {
  readonly code = 'ITEM_TOO_LARGE';
  /**
   * `size` undefined: an update refused by DynamoDB because the stored item would grow past the
   * limit (its resulting size is known only to DynamoDB).
   */
  constructor(
    readonly entity: string,
    readonly size: number | undefined,
    readonly limit = 400 * 1024,
  ) {
    super(
      size === undefined
        ? `The update would grow the ${entity} item past DynamoDB's limit of ${limit} bytes; nothing was written`
        : `${entity} item is ${size} bytes; DynamoDB's limit is ${limit} bytes`,
    );
  }
}

/** A full-table scan was attempted without `allowScan: true`. */
export class ScanNotAllowedError extends MonotableError {
  readonly code = 'SCAN_NOT_ALLOWED';
  constructor(entity: string) {
    super(
      `Scanning ${entity} reads the whole table; pass { allowScan: true } if you really mean it, ` +
        'or query a partition or an index instead',
    );
  }
}

/** A pagination cursor was tampered with, malformed, or belongs to another query. */
export class InvalidCursorError extends MonotableError {
  readonly code = 'INVALID_CURSOR';
}

/** The entity model or connection options are wrong; raised at startup. */
export class ConfigurationError extends MonotableError {
  readonly code = 'CONFIGURATION_INVALID';
}

/** A transaction holds more operations than DynamoDB accepts in one request, or touches an item twice. */
export class TransactionTooLargeError extends MonotableError {
  readonly code = 'TRANSACTION_TOO_LARGE';
}

/** A transaction names the same item in two operations, which DynamoDB refuses. */
export class TransactionConflictError extends MonotableError {
  readonly code = 'TRANSACTION_DUPLICATE_ITEM';
}

/**
 * A call made inside `db.transaction()` (or a `@Transactional()` method) that cannot take part
 * in the transaction: a batch, a migration, a consistent read, a write through another
 * connection, or an update/delete that asks for the stored item, which a transaction does not
 * return. Thrown before anything is sent; the transaction then writes nothing.
 */
export class TransactionJoinError extends MonotableError {
  readonly code = 'TRANSACTION_JOIN_REFUSED';
}

/**
 * A transaction's idempotency token is not 1-36 characters, or was used within the last 10
 * minutes for a transaction with other operations (DynamoDB's
 * IdempotentParameterMismatchException). Nothing was written by this call.
 */
export class IdempotencyTokenError extends MonotableError {
  readonly code = 'IDEMPOTENCY_TOKEN_INVALID';
}

/**
 * A schema migration function of an entity threw while upgrading a stored item; nothing was
 * written. `version` is the version the failing function upgrades to.
 */
export class MigrationError extends MonotableError {
  readonly code = 'MIGRATION_FAILED';
  constructor(
    readonly entity: string,
    readonly key: Record<string, unknown>,
    readonly version: number,
    options?: { cause?: unknown },
  ) {
    const reason = (options?.cause as Error | undefined)?.message ?? String(options?.cause);
    super(
      `Migrating ${entity} ${JSON.stringify(key)} to schema version ${version} failed: ${reason}. ` +
        `Fix migrations[${version}] of @Entity ${entity}; nothing was written`,
      options,
    );
  }
}
