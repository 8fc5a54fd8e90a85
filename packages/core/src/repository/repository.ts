import { batchGetAll, batchWriteAll } from '../batching';
import { ScanNotAllowedError, ItemNotFoundError, ConfigurationError } from '../errors';
import { buildPrimaryKey } from '../keys';
import type { EntityMetadata } from '../metadata/types';
import { asCount, prepareGet, prepareQuery } from '../operations/build-read';
import { preparePut } from '../operations/build-put';
import { storedItemReader } from '../operations/read-stored-item';
import {
  deleteEdgesOf,
  loadWithRelations,
  readCollection,
  type Related,
  type RelationKey,
  type WithRelations,
} from '../relations';
import {
  prepareCreateOperation,
  prepareDeleteOperation,
  preparePutOperation,
  prepareUpdateOperation,
  assertNoMarkers,
} from '../unique';
import { upgradeAfterFailedUpdate } from '../migrations/upgrade-stored-item';
import { hydrate } from './hydrate';
import { scanSegments } from './scan-segments';
import { countAll, readAll, readPage } from './read-pages';
import type { RepositoryContext } from './repository-context';
import { sendOperation } from './send-operation';
import type {
  CollectionOptions,
  DeleteOptions,
  EntityData,
  GetOptions,
  KeyInput,
  Page,
  QueryOptions,
  ScanOptions,
  UpdateOptions,
} from './types';
import type { UpdateChanges } from '../expressions';

/**
 * The typed API for one entity. Get one from `db.getRepository(Customer)`.
 *
 * @example
 * const customers = db.getRepository(Customer);
 * const alice = await customers.create({ email: 'alice@example.com', name: 'Alice' });
 * await customers.update({ id: alice.id }, { points: increment(10) });
 */
export class Repository<T extends object> {
  private readonly readStored: (
    key: Record<string, unknown>,
  ) => Promise<Record<string, unknown> | undefined>;

  constructor(
    readonly metadata: EntityMetadata,
    private readonly context: RepositoryContext,
  ) {
    this.readStored = storedItemReader(context.executor, context.tableName);
  }

  private get tableName() {
    return this.context.tableName;
  }

  /**
   * Stores a new item; `ItemExistsError` when its key is taken, `UniqueConstraintError` when a
   * @Unique value is (the item and its markers go in one TransactWriteItems). Returns the stored entity.
   */
  async create(data: EntityData<T>): Promise<T> {
    const { operation } = await sendOperation(this.context.executor, this.metadata, () =>
      prepareCreateOperation<T>(this.metadata, this.tableName, data, this.context.now()),
    );
    return operation.writes[0].entity as T;
  }

  /**
   * Stores an item, replacing any item with the same key. With @Unique attributes the stored
   * item is read first (consistent GetItem) and the markers follow in the same transaction.
   */
  async put(data: EntityData<T>): Promise<T> {
    const { operation } = await sendOperation(this.context.executor, this.metadata, () =>
      preparePutOperation<T>(
        this.metadata,
        this.tableName,
        data,
        this.context.now(),
        this.readStored,
      ),
    );
    return operation.writes[0].entity as T;
  }

  /**
   * The item at `key`, or `undefined`. With `include`, the named relations are loaded too: one
   * Query when they share the item's partition.
   *
   * @example
   * const customer = await customers.get({ id }, { include: ['orders', 'addresses'] });
   */
  get(key: KeyInput<T>, options?: GetOptions<T>): Promise<T | undefined>;
  get<I extends RelationKey<T>>(
    key: KeyInput<T>,
    options: GetOptions<T, I> & { include: readonly I[] },
  ): Promise<WithRelations<T, I> | undefined>;
  async get(key: KeyInput<T>, options: GetOptions<T, any> = {}): Promise<T | undefined> {
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
    const params = prepareGet(this.metadata, this.tableName, key, options);
    const output = await this.context.executor.send('GetItem', params);
    return output.Item ? hydrate<T>(this.metadata, output.Item) : undefined;
  }

  /** The item at `key`; `ItemNotFoundError` when absent. */
  getOrFail(key: KeyInput<T>, options?: GetOptions<T>): Promise<T>;
  getOrFail<I extends RelationKey<T>>(
    key: KeyInput<T>,
    options: GetOptions<T, I> & { include: readonly I[] },
  ): Promise<WithRelations<T, I>>;
  async getOrFail(key: KeyInput<T>, options: GetOptions<T, any> = {}): Promise<T> {
    const entity = await this.get(key, options as GetOptions<T>);
    if (!entity)
      throw new ItemNotFoundError(this.metadata.name, buildPrimaryKey(this.metadata, key));
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
  async collection<I extends RelationKey<T>>(
    partition: KeyInput<T>,
    options: CollectionOptions<T, I>,
  ): Promise<Page<T | Related<T, I>>> {
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
  async update(
    key: KeyInput<T>,
    changes: UpdateChanges<T>,
    options: UpdateOptions<T> = {},
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.updateOnce(key, changes, options);
      } catch (error) {
        const { executor } = this.context;
        const physicalKey = buildPrimaryKey(this.metadata, key);
        const retry =
          attempt < 3 &&
          (await upgradeAfterFailedUpdate(
            this.metadata,
            executor,
            this.tableName,
            physicalKey,
            error,
          ));
        if (!retry) throw error;
      }
    }
  }

  private async updateOnce(
    key: KeyInput<T>,
    changes: UpdateChanges<T>,
    options: UpdateOptions<T>,
  ): Promise<T> {
    const { operation, returned } = await sendOperation(
      this.context.executor,
      this.metadata,
      () =>
        prepareUpdateOperation(
          this.metadata,
          this.tableName,
          key,
          changes as Record<string, unknown>,
          options,
          this.context.now(),
          this.readStored,
        ),
      'ALL_NEW',
    );
    // TransactWriteItems returns no item: read the result back.
    const stored = returned ?? (await this.readStored(operation.writes[0].key));
    if (!stored) throw new ItemNotFoundError(this.metadata.name, operation.writes[0].key);
    return hydrate<T>(this.metadata, stored);
  }

  /**
   * Deletes the item at `key` (no error when absent, unless a condition says otherwise) and its
   * @Unique markers. Returns the deleted entity. `deleteEdges` also deletes many-to-many edges.
   */
  async delete(key: KeyInput<T>, options: DeleteOptions<T> = {}): Promise<T | undefined> {
    const { deleteEdges, ...conditions } = options;
    const { operation, returned } = await sendOperation(
      this.context.executor,
      this.metadata,
      () =>
        prepareDeleteOperation(
          this.metadata,
          this.tableName,
          key,
          conditions,
          this.context.now(),
          this.readStored,
        ),
      'ALL_OLD',
    );
    const old = returned ?? operation.read;
    const deleted = old ? hydrate<T>(this.metadata, old) : undefined;
    if (deleteEdges) {
      await deleteEdgesOf(this.relations(), this.metadata, { ...key, ...deleted }, deleteEdges);
    }
    return deleted;
  }

  /** One page of the partition named by `partition` (the pk template's slot values). */
  async query(partition: KeyInput<T>, options: QueryOptions<T> = {}): Promise<Page<T>> {
    const read = prepareQuery(this.metadata, this.tableName, partition, {
      ...options,
      sharedSortPrefix: this.context.sharesSortPrefix?.(this.metadata, options.index),
    });
    const page = await readPage(
      this.context.executor,
      'Query',
      read,
      options,
      this.context.cursorSecret,
    );
    return {
      items: page.items.map((item) => hydrate<T>(this.metadata, item)),
      cursor: page.cursor,
    };
  }

  /** Every item of the partition, fetched page by page as you iterate. */
  async *iterate(
    partition: KeyInput<T>,
    options: Omit<QueryOptions<T>, 'cursor' | 'maxPages'> & { pageSize?: number } = {},
  ): AsyncGenerator<T> {
    const read = prepareQuery(this.metadata, this.tableName, partition, options);
    let yielded = 0;
    for await (const item of readAll(
      this.context.executor,
      'Query',
      read.params,
      options.pageSize,
    )) {
      if (options.limit !== undefined && yielded >= options.limit) return;
      yielded++;
      yield hydrate<T>(this.metadata, item);
    }
  }

  /** Number of items matching, counted by DynamoDB (Select COUNT) across all pages. */
  async count(
    partition: KeyInput<T>,
    options: Pick<QueryOptions<T>, 'where' | 'index' | 'filter'> = {},
  ): Promise<number> {
    const read = prepareQuery(this.metadata, this.tableName, partition, options);
    return countAll(this.context.executor, 'Query', asCount(read));
  }

  /**
   * Reads the whole table (filtered to this entity). Refused without `allowScan: true`.
   * With `segments`, the segments are read concurrently; each call returns one page.
   */
  async scan(options: ScanOptions<T>): Promise<Page<T>> {
    if (options?.allowScan !== true) throw new ScanNotAllowedError(this.metadata.name);
    const segments = options.segments ?? 1;
    if (!Number.isInteger(segments) || segments < 1 || segments > 1000000) {
      throw new ConfigurationError(
        `segments must be an integer from 1 to 1000000, got ${segments}`,
      );
    }
    return scanSegments<T>(this.metadata, this.context, options, segments);
  }

  /** Items for many keys (BatchGetItem, chunks of 100, retried); results in input order, `undefined` when absent. */
  async batchGet(
    keys: KeyInput<T>[],
    options: { consistent?: boolean } = {},
  ): Promise<(T | undefined)[]> {
    const { table } = this.metadata;
    const items = await batchGetAll({
      tableName: this.tableName,
      keys: keys.map((key) => buildPrimaryKey(this.metadata, key)),
      keyAttributes: [table.partitionKey, table.sortKey].filter((k): k is string => Boolean(k)),
      send: (params) => this.context.executor.send('BatchGetItem', params),
      consistent: options.consistent,
      concurrency: this.context.batchConcurrency,
      retry: this.context.retry,
    });
    return items.map((item) => (item ? hydrate<T>(this.metadata, item) : undefined));
  }

  /** Stores many items (BatchWriteItem, chunks of 25, retried). All are validated before anything is sent. */
  async batchPut(data: EntityData<T>[]): Promise<T[]> {
    assertNoMarkers(this.metadata, 'batchPut');
    const now = this.context.now();
    const writes = await Promise.all(
      data.map((entry) => preparePut<T>(this.metadata, this.tableName, entry, now, 'put')),
    );
    await this.batchWrite(
      writes.map((write) => ({ type: 'put' as const, item: write.params.Item })),
    );
    return writes.map((write) => write.entity!);
  }

  /** Deletes many items (BatchWriteItem, chunks of 25, retried). */
  async batchDelete(keys: KeyInput<T>[]): Promise<void> {
    assertNoMarkers(this.metadata, 'batchDelete');
    const requests = keys.map((key) => ({
      type: 'delete' as const,
      key: buildPrimaryKey(this.metadata, key),
    }));
    await this.batchWrite(requests);
  }

  private relations() {
    if (!this.context.relations) {
      throw new ConfigurationError(
        `Relations of ${this.metadata.name} need a connection: use db.getRepository()`,
      );
    }
    return this.context.relations;
  }

  private batchWrite(
    requests: Array<
      | { type: 'put'; item: Record<string, unknown> }
      | { type: 'delete'; key: Record<string, unknown> }
    >,
  ) {
    const { table } = this.metadata;
    return batchWriteAll({
      tableName: this.tableName,
      requests,
      keyAttributes: [table.partitionKey, table.sortKey].filter((k): k is string => Boolean(k)),
      send: (params) => this.context.executor.send('BatchWriteItem', params),
      concurrency: this.context.batchConcurrency,
      retry: this.context.retry,
    });
  }
}
