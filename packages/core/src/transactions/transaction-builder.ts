import { getEntityMetadata } from '../metadata';
import type { EntityMetadata } from '../metadata/types';
import { prepareCheck, prepareDelete } from '../operations/build-delete';
import { preparePut } from '../operations/build-put';
import { prepareUpdate } from '../operations/build-update';
import type { PreparedWrite } from '../operations/prepared-write';
import type { Condition } from '../expressions';
import type { EntityData, KeyInput } from '../repository/types';
import type { UpdateChanges } from '../expressions';

type EntityClass<T> = new (...args: any[]) => T;

/**
 * Collects the operations of one `db.transaction(tx => ...)`. Each call only records the
 * operation; everything is validated and built when the callback returns, then sent as one
 * TransactWriteItems request.
 */
export class TransactionBuilder {
  private readonly pending: Array<() => Promise<PreparedWrite>> = [];

  constructor(
    private readonly tableName: string,
    private readonly now: Date,
    private readonly metadataOf: (target: Function) => EntityMetadata = getEntityMetadata,
  ) {}

  /** Stores a new item; cancels the transaction if the key exists. */
  create<T>(entity: EntityClass<T>, data: EntityData<T>): this {
    return this.add(() =>
      preparePut(this.metadataOf(entity), this.tableName, data, this.now, 'create'),
    );
  }

  /** Stores an item, replacing any item with the same key. */
  put<T>(entity: EntityClass<T>, data: EntityData<T>): this {
    return this.add(() =>
      preparePut(this.metadataOf(entity), this.tableName, data, this.now, 'put'),
    );
  }

  update<T>(
    entity: EntityClass<T>,
    key: KeyInput<T>,
    changes: UpdateChanges<T>,
    options: { condition?: Condition<T>; expectedVersion?: number } = {},
  ): this {
    return this.add(() =>
      prepareUpdate(
        this.metadataOf(entity),
        this.tableName,
        key,
        changes as any,
        options,
        this.now,
      ),
    );
  }

  delete<T>(
    entity: EntityClass<T>,
    key: KeyInput<T>,
    options: { condition?: Condition<T>; expectedVersion?: number } = {},
  ): this {
    return this.add(async () =>
      prepareDelete(this.metadataOf(entity), this.tableName, key, options),
    );
  }

  /** The transaction only commits if the item exists and satisfies `condition`. */
  check<T>(entity: EntityClass<T>, key: KeyInput<T>, condition: Condition<T>): this {
    return this.add(async () =>
      prepareCheck(this.metadataOf(entity), this.tableName, key, { condition }),
    );
  }

  get size(): number {
    return this.pending.length;
  }

  /** Builds every recorded operation (validation errors surface here, before anything is sent). */
  async build(): Promise<PreparedWrite[]> {
    return Promise.all(this.pending.map((prepare) => prepare()));
  }

  private add(prepare: () => Promise<PreparedWrite>): this {
    this.pending.push(prepare);
    return this;
  }
}
