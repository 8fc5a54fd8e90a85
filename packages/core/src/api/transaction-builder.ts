import type { EntityMetadata } from '../model/metadata/types';
import type { Condition, UpdateChanges } from '../requests/expressions';
import type { CreateData, KeyInput } from '../requests/options';
import type { WriteIntent } from '../requests/write-intent';
import type { UnitOfWork } from '../runtime/unit-of-work';

type EntityClass<T> = new (...args: any[]) => T;

/**
 * Records the operations of one `db.transaction(tx => ...)` in its unit of work. Each call goes
 * through the write pipeline at once (validated, keys rendered, size-checked, @Unique markers
 * added — a put, update or delete of such an item first reads it, consistently); a failure
 * surfaces when the callback returns, and then nothing is sent. Repository calls made inside the
 * callback join the same transaction.
 */
export class TransactionBuilder {
  constructor(
    private readonly unit: UnitOfWork,
    private readonly metadataOf: (target: Function) => EntityMetadata,
  ) {}
  /** Stores a new item; cancels the transaction if the key (or a unique value) is taken. */
  create<T>(entity: EntityClass<T>, data: CreateData<T>): this {
    return this.add(entity, { kind: 'create', data });
  }

  /** Stores an item, replacing any item with the same key. */
  put<T>(entity: EntityClass<T>, data: CreateData<T>): this {
    return this.add(entity, { kind: 'put', data });
  }

  update<T>(
    entity: EntityClass<T>,
    key: KeyInput<T>,
    changes: UpdateChanges<T>,
    options: { condition?: Condition<T>; expectedVersion?: number } = {},
  ): this {
    return this.add(entity, {
      kind: 'update',
      key,
      changes: changes as Record<string, unknown>,
      options,
    });
  }

  delete<T>(
    entity: EntityClass<T>,
    key: KeyInput<T>,
    options: { condition?: Condition<T>; expectedVersion?: number } = {},
  ): this {
    return this.add(entity, { kind: 'delete', key, options });
  }

  /** The transaction only commits if the item exists and satisfies `condition`. */
  check<T>(entity: EntityClass<T>, key: KeyInput<T>, condition: Condition<T>): this {
    return this.add(entity, { kind: 'check', key, options: { condition } });
  }

  /** Number of operations recorded (markers not counted). */
  get size(): number {
    return this.unit.size;
  }

  private add(entity: Function, intent: WriteIntent): this {
    // A failed preparation rejects the transaction when its callback returns.
    this.unit.record(this.metadataOf(entity), intent).catch(() => undefined);
    return this;
  }
}
