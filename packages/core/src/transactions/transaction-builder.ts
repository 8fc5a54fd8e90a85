import { ConfigurationError } from '../errors';
import { getEntityMetadata } from '../metadata';
import type { EntityMetadata } from '../metadata/types';
import { prepareCheck } from '../operations/build-delete';
import type { PreparedWrite } from '../operations/prepared-write';
import type { Condition, UpdateChanges } from '../expressions';
import type { EntityData, KeyInput } from '../repository/types';
import {
  foldMarkerHandovers,
  prepareCreateOperation,
  prepareDeleteOperation,
  preparePutOperation,
  prepareUpdateOperation,
  type ItemReader,
} from '../unique';

type EntityClass<T> = new (...args: any[]) => T;

const noReader: ItemReader = () => {
  throw new ConfigurationError(
    'This transaction writes @Unique attributes, which needs the stored item: run it through db.transaction()',
  );
};

/**
 * Collects the operations of one `db.transaction(tx => ...)`. Each call only records the
 * operation; everything is validated and built when the callback returns, then sent as one
 * TransactWriteItems request. Operations on entities with @Unique attributes bring their marker
 * writes along (a put, update or delete of such an item first reads it, consistently).
 */
export class TransactionBuilder {
  private readonly pending: Array<() => Promise<PreparedWrite[]>> = [];

  constructor(
    private readonly tableName: string,
    private readonly now: Date,
    private readonly metadataOf: (target: Function) => EntityMetadata = getEntityMetadata,
    private readonly read: (meta: EntityMetadata) => ItemReader = () => noReader,
  ) {}

  /** Stores a new item; cancels the transaction if the key (or a unique value) is taken. */
  create<T>(entity: EntityClass<T>, data: EntityData<T>): this {
    return this.add(async () => {
      const meta = this.metadataOf(entity);
      return (await prepareCreateOperation(meta, this.tableName, data, this.now)).writes;
    });
  }

  /** Stores an item, replacing any item with the same key. */
  put<T>(entity: EntityClass<T>, data: EntityData<T>): this {
    return this.add(async () => {
      const meta = this.metadataOf(entity);
      return (await preparePutOperation(meta, this.tableName, data, this.now, this.read(meta)))
        .writes;
    });
  }

  update<T>(
    entity: EntityClass<T>,
    key: KeyInput<T>,
    changes: UpdateChanges<T>,
    options: { condition?: Condition<T>; expectedVersion?: number } = {},
  ): this {
    return this.add(async () => {
      const meta = this.metadataOf(entity);
      const operation = await prepareUpdateOperation(
        meta,
        this.tableName,
        key,
        changes as Record<string, unknown>,
        options,
        this.now,
        this.read(meta),
      );
      return operation.writes;
    });
  }

  delete<T>(
    entity: EntityClass<T>,
    key: KeyInput<T>,
    options: { condition?: Condition<T>; expectedVersion?: number } = {},
  ): this {
    return this.add(async () => {
      const meta = this.metadataOf(entity);
      const operation = await prepareDeleteOperation(
        meta,
        this.tableName,
        key,
        options,
        this.now,
        this.read(meta),
      );
      return operation.writes;
    });
  }

  /** The transaction only commits if the item exists and satisfies `condition`. */
  check<T>(entity: EntityClass<T>, key: KeyInput<T>, condition: Condition<T>): this {
    return this.add(async () => [
      prepareCheck(this.metadataOf(entity), this.tableName, key, { condition }),
    ]);
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
    const operations = await Promise.all(this.pending.map((prepare) => prepare()));
    return foldMarkerHandovers(
      operations.flatMap((writes, operationIndex) =>
        writes.map((write) => ({ ...write, operationIndex })),
      ),
    );
  }

  private add(prepare: () => Promise<PreparedWrite[]>): this {
    this.pending.push(prepare);
    return this;
  }
}
