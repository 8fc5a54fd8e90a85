import type { EntityMetadata } from '../model/metadata/types';
import type { Condition, UpdateChanges } from '../requests/expressions';
import type { CreateData, KeyInput } from '../requests/options';
import { prepareOperation } from '../requests/prepare-operation';
import type { PreparedWrite } from '../requests/prepared-write';
import { foldMarkerHandovers } from '../requests/unique';
import type { WriteContext, WriteIntent } from '../requests/write-intent';

type EntityClass<T> = new (...args: any[]) => T;

/**
 * Collects the operations of one `db.transaction(tx => ...)`. Each call only records the
 * operation; when the callback returns, every operation goes through the write pipeline
 * (validated, keys rendered, size-checked, @Unique markers added — a put, update or delete of
 * such an item first reads it, consistently), then all are sent as one TransactWriteItems request.
 */
export class TransactionBuilder {
  private readonly pending: Array<{ entity: Function; intent: WriteIntent }> = [];

  constructor(
    private readonly context: WriteContext,
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
    return this.pending.length;
  }

  /**
   * Builds every recorded operation (validation errors surface here, before anything is sent),
   * each write tagged with the position of the operation it belongs to.
   */
  async build(): Promise<PreparedWrite[]> {
    const { context } = this;
    const operations = await Promise.all(
      this.pending.map(async ({ entity, intent }) => {
        const operation = await prepareOperation(this.metadataOf(entity), intent, context);
        return operation?.writes ?? [];
      }),
    );
    return foldMarkerHandovers(
      operations.flatMap((writes, operationIndex) =>
        writes.map((write) => ({ ...write, operationIndex })),
      ),
    );
  }

  private add(entity: Function, intent: WriteIntent): this {
    this.pending.push({ entity, intent });
    return this;
  }
}
