import {
  ConfigurationError,
  ItemNotFoundError,
  ScanNotAllowedError,
  TransactionJoinError,
} from '../model/errors';
import { buildPrimaryKey, keySlotValues } from '../model/keys';
import { hydrate } from '../model/mapping/hydrate';
import type { EntityMetadata } from '../model/metadata/types';
import type {
  CollectionKey,
  Related,
  RelationKey,
  WithRelations,
} from '../model/relations/relation-types';
import type { UpdateChanges } from '../requests/expressions';
import type {
  CollectionOptions,
  DataKeys,
  DeleteOptions,
  CreateData,
  GetOptions,
  IndexName,
  KeyInput,
  PartitionInput,
  Page,
  QueryOptions,
  ScanOptions,
  Selected,
  UpdateOptions,
  WithoutItem,
} from '../requests/options';

/** Options of `iterate`: a query's, without the page controls. */
export type IterateOptions<T, I = undefined> = Omit<QueryOptions<T, I>, 'cursor' | 'maxPages'> & {
  pageSize?: number;
};
import type { Connection } from '../runtime/connection';
import { scanSegments } from '../runtime/pager/scan-segments';
import { readStoredItem } from '../runtime/read-stored-item';
import { batchGetEntities } from '../runtime/reads/batch-get-entities';
import { getEntity } from '../runtime/reads/get-entity';
import { countEntities, queryAll, queryPage } from '../runtime/reads/query-entities';
import { writeBatch } from '../runtime/write-batch';
import { refuseInUnitOfWork, unitOfWorkFor } from '../runtime/unit-of-work';
import { writeEntity } from '../runtime/write-entity';
import { upgradeOldItem } from '../features/migrations/upgrade-stored-item';
import {
  deleteEdgesOf,
  loadWithRelations,
  readCollection,
  type RelationModel,
} from '../features/relations';

/**
 * The typed API for one entity. Get one from `db.getRepository(Customer)`.
 *
 * @example
 * const customers = db.getRepository(Customer);
 * const alice = await customers.create({ email: 'alice@example.com', name: 'Alice' });
 * await customers.update({ id: alice.id }, { points: increment(10) });
 */
export class Repository<T extends object> {
  constructor(
    readonly metadata: EntityMetadata,
    private readonly connection: Connection,
    private readonly relationModel?: RelationModel,
  ) {}

  /**
   * Stores a new item; `ItemExistsError` when its key is taken, `UniqueConstraintError` when a
   * @Unique value is (the item and its markers go in one TransactWriteItems). Returns the stored entity.
   */
  async create(data: CreateData<T>): Promise<T> {
    const sent = await writeEntity<T>(this.connection, this.metadata, { kind: 'create', data });
    return sent!.operation.writes[0].entity as T;
  }

  /**
   * Stores an item, replacing any item with the same key. With @Unique attributes the stored
   * item is read first (consistent GetItem) and the markers follow in the same transaction.
   */
  async put(data: CreateData<T>): Promise<T> {
    const sent = await writeEntity<T>(this.connection, this.metadata, { kind: 'put', data });
    return sent!.operation.writes[0].entity as T;
  }

  /**
   * The item at `key`, or `undefined`. With `include`, the named relations are loaded too: one
   * Query when they share the item's partition.
   *
   * @example
   * const customer = await customers.get({ id }, { include: ['orders', 'addresses'] });
   */
  get<const S extends DataKeys<T>>(
    key: KeyInput<T>,
    options: { consistent?: boolean; select: readonly S[]; include?: undefined },
  ): Promise<Selected<T, S> | undefined>;
  get<I extends RelationKey<T>>(
    key: KeyInput<T>,
    options: { consistent?: boolean; include: readonly I[]; select?: undefined },
  ): Promise<WithRelations<T, I> | undefined>;
  get(key: KeyInput<T>, options?: GetOptions<T>): Promise<T | undefined>;
  async get(key: KeyInput<T>, options: GetOptions<T, any> = {}): Promise<T | undefined> {
    this.refuseConsistentRead('get', options.consistent);
    if (options.include?.length) {
      if (options.select?.length) {
        throw new ConfigurationError(
          'get: select and include cannot be combined (relations need whole items)',
        );
      }
      return loadWithRelations<T>(this.relations(), this.metadata, key, {
        include: options.include as readonly string[],
        consistent: options.consistent,
      });
    }
    return getEntity<T>(this.connection, this.metadata, key, options);
  }

  /** The item at `key`; `ItemNotFoundError` when absent. */
  getOrFail<const S extends DataKeys<T>>(
    key: KeyInput<T>,
    options: { consistent?: boolean; select: readonly S[]; include?: undefined },
  ): Promise<Selected<T, S>>;
  getOrFail<I extends RelationKey<T>>(
    key: KeyInput<T>,
    options: { consistent?: boolean; include: readonly I[]; select?: undefined },
  ): Promise<WithRelations<T, I>>;
  getOrFail(key: KeyInput<T>, options?: GetOptions<T>): Promise<T>;
  async getOrFail(key: KeyInput<T>, options: GetOptions<T, any> = {}): Promise<T> {
    const entity = await this.get(key, options as GetOptions<T>);
    if (!entity) {
      const stored = buildPrimaryKey(this.metadata, key);
      throw new ItemNotFoundError(this.metadata.name, stored, {
        slots: keySlotValues(this.metadata, stored),
      });
    }
    return entity;
  }

  /**
   * One page of an item collection: the items of this entity and of the included relations
   * in the partition, in sort key order, each an instance of its own class. One Query per page.
   *
   * @example
   * const page = await customers.collection({ id }, { include: ['orders', 'addresses'] });
   * for (const item of page.items) if (item instanceof Order) console.log(item.total);
   */
  async collection<I extends CollectionKey<T>>(
    partition: PartitionInput<T>,
    options: CollectionOptions<T, I>,
  ): Promise<Page<T | Related<T, I>>> {
    this.refuseConsistentRead('collection', options.consistent);
    return readCollection(this.relations(), this.metadata, partition, {
      ...options,
      include: options.include as readonly string[],
    }) as Promise<Page<T | Related<T, I>>>;
  }

  /**
   * Changes an existing item and returns it as stored. Plain values are set; operators
   * (`increment`, `append`, `remove`, ...) apply in place; nested paths ('address.city') too.
   * Changing a @Unique value (or the @Ttl of an entity with one) reads the item first, swaps the
   * markers in the same transaction and reads the result back: three requests instead of one.
   * An item stored at an older schema version is first stored upgraded as a whole (read,
   * migrate, conditional write), then updated.
   */
  update(
    key: KeyInput<T>,
    changes: UpdateChanges<T>,
    options: WithoutItem<UpdateOptions<T>>,
  ): Promise<void>;
  update(key: KeyInput<T>, changes: UpdateChanges<T>, options?: UpdateOptions<T>): Promise<T>;
  async update(
    key: KeyInput<T>,
    changes: UpdateChanges<T>,
    options: UpdateOptions<T> | WithoutItem<UpdateOptions<T>> = {},
  ): Promise<T | void> {
    const { returnItem, ...updateOptions } = options;
    this.refuseItemInTransaction('update', returnItem);
    const sent = await writeEntity<T>(
      this.connection,
      this.metadata,
      { kind: 'update', key, changes: changes as Record<string, unknown>, options: updateOptions },
      {
        returnValues: returnItem === false ? undefined : 'ALL_NEW',
        recover: (error) =>
          upgradeOldItem(
            this.connection,
            this.metadata,
            buildPrimaryKey(this.metadata, key),
            error,
          ),
      },
    );
    const { operation, returned, joined } = sent!;
    if (returnItem === false || joined) return;
    // TransactWriteItems returns no item: read the result back.
    const stored = returned ?? (await readStoredItem(this.connection, operation.writes[0].key));
    if (!stored) {
      const [write] = operation.writes;
      throw new ItemNotFoundError(this.metadata.name, write.key, { slots: write.slotsOf?.() });
    }
    return hydrate<T>(this.metadata, stored);
  }

  /**
   * Deletes the item at `key` (no error when absent, unless a condition says otherwise) and its
   * @Unique markers. Returns the deleted entity. `deleteEdges` also deletes many-to-many edges.
   */
  delete(key: KeyInput<T>, options: WithoutItem<DeleteOptions<T>>): Promise<void>;
  delete(key: KeyInput<T>, options?: DeleteOptions<T>): Promise<T | undefined>;
  async delete(
    key: KeyInput<T>,
    options: DeleteOptions<T> | WithoutItem<DeleteOptions<T>> = {},
  ): Promise<T | undefined | void> {
    const { deleteEdges, returnItem, ...conditions } = options;
    this.refuseItemInTransaction('delete', returnItem);
    if (deleteEdges) {
      refuseInUnitOfWork(
        this.connection,
        'delete with deleteEdges',
        'the edges are deleted in batches, outside the all-or-nothing transaction',
      );
    }
    const sent = await writeEntity<T>(
      this.connection,
      this.metadata,
      { kind: 'delete', key, options: conditions },
      { returnValues: returnItem === false ? undefined : 'ALL_OLD' },
    );
    if (sent?.joined) return;
    const old = returnItem === false ? undefined : (sent!.returned ?? sent!.operation.read);
    const deleted = old ? hydrate<T>(this.metadata, old) : undefined;
    if (deleteEdges) {
      await deleteEdgesOf(this.relations(), this.metadata, { ...key, ...deleted }, deleteEdges);
    }
    return returnItem === false ? undefined : deleted;
  }

  /** One page of the partition named by `partition` (the pk template's slot values). */
  query<const S extends DataKeys<T>, const I extends IndexName<T> | undefined = undefined>(
    partition: PartitionInput<T, I>,
    options: QueryOptions<T, I> & { select: readonly S[] },
  ): Promise<Page<Selected<T, S>>>;
  query<const I extends IndexName<T> | undefined = undefined>(
    partition: PartitionInput<T, I>,
    options?: QueryOptions<T, I>,
  ): Promise<Page<T>>;
  async query(
    partition: Record<string, unknown>,
    options: QueryOptions<T, any> = {},
  ): Promise<Page<T>> {
    this.refuseConsistentRead('query', options.consistent);
    return queryPage<T>(this.connection, this.metadata, partition, options);
  }

  /** Every item of the partition, fetched page by page as you iterate (at most `limit`). */
  iterate<const S extends DataKeys<T>, const I extends IndexName<T> | undefined = undefined>(
    partition: PartitionInput<T, I>,
    options: IterateOptions<T, I> & { select: readonly S[] },
  ): AsyncGenerator<Selected<T, S>>;
  iterate<const I extends IndexName<T> | undefined = undefined>(
    partition: PartitionInput<T, I>,
    options?: IterateOptions<T, I>,
  ): AsyncGenerator<T>;
  iterate(
    partition: Record<string, unknown>,
    options: IterateOptions<T, any> = {},
  ): AsyncGenerator<T> {
    this.refuseConsistentRead('iterate', options.consistent);
    return queryAll<T>(this.connection, this.metadata, partition, options);
  }

  /** Number of items matching, counted by DynamoDB (Select COUNT) across all pages. */
  async count<const I extends IndexName<T> | undefined = undefined>(
    partition: PartitionInput<T, I>,
    options: Pick<QueryOptions<T, I>, 'where' | 'index' | 'filter' | 'consistent'> = {},
  ): Promise<number> {
    this.refuseConsistentRead('count', options.consistent);
    return countEntities(this.connection, this.metadata, partition, options);
  }

  /**
   * Reads the whole table (filtered to this entity). Refused without `allowScan: true`.
   * With `segments`, the segments are read concurrently; each call returns one page.
   */
  scan<const S extends DataKeys<T>>(
    options: ScanOptions<T> & { select: readonly S[] },
  ): Promise<Page<Selected<T, S>>>;
  scan(options: ScanOptions<T>): Promise<Page<T>>;
  async scan(options: ScanOptions<T>): Promise<Page<T>> {
    if (options?.allowScan !== true) throw new ScanNotAllowedError(this.metadata.name);
    const segments = options.segments ?? 1;
    if (!Number.isInteger(segments) || segments < 1 || segments > 1000000) {
      throw new ConfigurationError(
        `segments must be an integer from 1 to 1000000, got ${segments}`,
      );
    }
    return scanSegments<T>(this.metadata, this.connection, options, segments);
  }

  /** Items for many keys (BatchGetItem, chunks of 100, retried); results in input order, `undefined` when absent. */
  async batchGet(
    keys: KeyInput<T>[],
    options: { consistent?: boolean } = {},
  ): Promise<(T | undefined)[]> {
    this.refuseConsistentRead('batchGet', options.consistent);
    return batchGetEntities<T>(this.connection, this.metadata, keys, options);
  }

  /** Stores many items (BatchWriteItem, chunks of 25, retried). All are validated before anything is sent. */
  async batchPut(data: CreateData<T>[]): Promise<T[]> {
    const intents = data.map((entry) => ({ kind: 'put' as const, data: entry }));
    const writes = await writeBatch<T>(this.connection, this.metadata, intents, 'batchPut');
    return writes.map((write) => write.entity!);
  }

  /** Deletes many items (BatchWriteItem, chunks of 25, retried). */
  async batchDelete(keys: KeyInput<T>[]): Promise<void> {
    const intents = keys.map((key) => ({ kind: 'delete' as const, key }));
    await writeBatch(this.connection, this.metadata, intents, 'batchDelete');
  }

  /**
   * Inside a transaction an update or delete cannot resolve with the stored item (the
   * transaction returns none): it must say `returnItem: false`.
   */
  private refuseItemInTransaction(
    method: 'update' | 'delete',
    returnItem: boolean | undefined,
  ): void {
    if (returnItem === false || unitOfWorkFor(this.connection) === undefined) return;
    throw new TransactionJoinError(
      `${this.metadata.name} ${method} inside a transaction cannot return the stored item (a transaction ` +
        `returns none): pass { returnItem: false }`,
    );
  }

  /** A consistent read inside a transaction reads the state before the transaction's writes. */
  private refuseConsistentRead(method: string, consistent: boolean | undefined): void {
    if (!consistent) return;
    refuseInUnitOfWork(
      this.connection,
      `${this.metadata.name} ${method} with consistent: true`,
      'it would read the item as it was before the transaction, not as the transaction writes it',
    );
  }

  private relations(): RelationModel {
    if (!this.relationModel) {
      throw new ConfigurationError(
        `Relations of ${this.metadata.name} need a connection: use db.getRepository()`,
      );
    }
    return this.relationModel;
  }
}
