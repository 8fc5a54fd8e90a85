import { batchGetAll, batchWriteAll } from '../batching';
import { ScanNotAllowedError, ItemNotFoundError, ConfigurationError } from '../errors';
import { buildPrimaryKey } from '../keys';
import type { EntityMetadata } from '../metadata/types';
import { asCount, prepareGet, prepareQuery } from '../operations/build-read';
import { prepareDelete } from '../operations/build-delete';
import { preparePut } from '../operations/build-put';
import { prepareUpdate } from '../operations/build-update';
import { hydrate } from './hydrate';
import { scanSegments } from './scan-segments';
import { countAll, readAll, readPage } from './read-pages';
import type { RepositoryContext } from './repository-context';
import { sendWrite } from './send-write';
import type {
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
  constructor(
    readonly metadata: EntityMetadata,
    private readonly context: RepositoryContext,
  ) {}

  private get tableName() {
    return this.context.tableName;
  }

  /** Stores a new item; `ItemExistsError` when its key is taken. Returns the stored entity. */
  async create(data: EntityData<T>): Promise<T> {
    const write = await preparePut<T>(
      this.metadata,
      this.tableName,
      data,
      this.context.now(),
      'create',
    );
    await sendWrite(this.context.executor, this.metadata, write);
    return write.entity!;
  }

  /** Stores an item, replacing any item with the same key. */
  async put(data: EntityData<T>): Promise<T> {
    const write = await preparePut<T>(
      this.metadata,
      this.tableName,
      data,
      this.context.now(),
      'put',
    );
    await sendWrite(this.context.executor, this.metadata, write);
    return write.entity!;
  }

  /** The item at `key`, or `undefined`. */
  async get(key: KeyInput<T>, options: GetOptions<T> = {}): Promise<T | undefined> {
    const params = prepareGet(this.metadata, this.tableName, key, options);
    const output = await this.context.executor.send('GetItem', params);
    return output.Item ? hydrate<T>(this.metadata, output.Item) : undefined;
  }

  /** The item at `key`; `ItemNotFoundError` when absent. */
  async getOrFail(key: KeyInput<T>, options: GetOptions<T> = {}): Promise<T> {
    const entity = await this.get(key, options);
    if (!entity)
      throw new ItemNotFoundError(this.metadata.name, buildPrimaryKey(this.metadata, key));
    return entity;
  }

  /**
   * Changes an existing item and returns it as stored. Plain values are set; operators
   * (`increment`, `append`, `remove`, ...) apply in place; nested paths ('address.city') too.
   */
  async update(
    key: KeyInput<T>,
    changes: UpdateChanges<T>,
    options: UpdateOptions<T> = {},
  ): Promise<T> {
    const write = await prepareUpdate(
      this.metadata,
      this.tableName,
      key,
      changes as Record<string, unknown>,
      options,
      this.context.now(),
    );
    const stored = await sendWrite(this.context.executor, this.metadata, write, 'ALL_NEW');
    return hydrate<T>(this.metadata, stored!);
  }

  /** Deletes the item at `key` (no error when absent, unless a condition says otherwise). Returns the deleted entity. */
  async delete(key: KeyInput<T>, options: DeleteOptions<T> = {}): Promise<T | undefined> {
    const write = prepareDelete(this.metadata, this.tableName, key, options);
    const old = await sendWrite(this.context.executor, this.metadata, write, 'ALL_OLD');
    return old ? hydrate<T>(this.metadata, old) : undefined;
  }

  /** One page of the partition named by `partition` (the pk template's slot values). */
  async query(partition: KeyInput<T>, options: QueryOptions<T> = {}): Promise<Page<T>> {
    const read = prepareQuery(this.metadata, this.tableName, partition, options);
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
    const requests = keys.map((key) => ({
      type: 'delete' as const,
      key: buildPrimaryKey(this.metadata, key),
    }));
    await this.batchWrite(requests);
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
