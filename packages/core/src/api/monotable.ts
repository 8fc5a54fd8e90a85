import type { CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { monotonicFactory } from 'ulid';
import {
  ConfigurationError,
  TransactionConflictError,
  TransactionTooLargeError,
} from '../model/errors';
import { versionAttribute } from '../model/entity';
import { hydrate } from '../model/mapping/hydrate';
import { compileEntityModel } from '../model/entity-model';
import { inspectEntities } from '../model/metadata';
import { indexKeyTypes } from '../model/metadata/index-key-types';
import { raiseProblems } from '../model/metadata/raise-problems';
import { TABLE_KEYS, findSharedSortPrefixes } from '../model/metadata/shared-sort-prefixes';
import type { EntityMetadata } from '../model/metadata/types';
import { planRelations } from '../model/relations/plan-relations';
import type { DeclaredEdge } from '../model/entity/declared-keys';
import type { RelationKey, Related } from '../model/relations/relation-types';
import type { Table } from '../model/table';
import { buildCreateTableInput } from '../requests/build-create-table';
import { prepareGet } from '../requests/build-read';
import type { DataKeys, KeyInput, Selected } from '../requests/options';
import { checkUniqueMarkers } from '../requests/unique';
import type { Connection } from '../runtime/connection';
import { runUnitOfWork } from '../runtime/run-unit-of-work';
import { refuseInUnitOfWork } from '../runtime/unit-of-work';
import {
  RequestExecutor,
  explainRequests,
  type DynamoRequest,
  type MonotableLogger,
} from '../runtime/request-executor';
import { resolveRetryPolicy, type RetryPolicy } from '../runtime/retry/retry-policy';
import { MAX_TRANSACTION_ITEMS } from '../runtime/run-transaction';
import { runMigration, type MigrateOptions, type MigrationReport } from '../features/migrations';
import type { RelationModel } from '../features/relations';
import {
  buildStreamHandler,
  readStreamChanges,
  type OnChange,
  type OnChangeOptions,
  type StreamChanges,
  type StreamEvent,
  type StreamHandler,
  type StreamModel,
  type StreamRecord,
  type StreamViewType,
} from '../features/streams';
import { RelationHandle } from './relation-handle';
import { Repository } from './repository';
import { TransactionBuilder } from './transaction-builder';
import { toDocumentClient } from '../runtime/document-client';

type EntityClass<T = any> = new (...args: any[]) => T;

export interface MonotableOptions {
  /** A DynamoDBClient or DynamoDBDocumentClient. */
  client: DynamoDBClient | DynamoDBDocumentClient;
  table: Table;
  /** Overrides the table's physical name (e.g. per stage). */
  tableName?: string;
  entities: EntityClass[];
  /** Receives every request and its outcome. */
  logger?: MonotableLogger;
  /** Adds ReturnConsumedCapacity to every request; the logger receives the capacity. */
  consumedCapacity?: 'TOTAL' | 'INDEXES';
  /** HMAC-signs pagination cursors so clients cannot forge or alter them. */
  cursorSecret?: string;
  /**
   * The one retry policy of the connection: unprocessed batch items, transactions cancelled by
   * a concurrent one, writes whose item changed between read and write. Backoff with jitter.
   */
  retry?: Partial<RetryPolicy>;
  batchConcurrency?: number;
  /** Clock for timestamps (tests). */
  now?: () => Date;
}

/** One item to read in `transactGet`; with `select`, only those properties. */
export interface TransactGetRequest<T = any> {
  entity: EntityClass<T>;
  key: KeyInput<T>;
  select?: readonly DataKeys<T>[];
}
/** Each request's key and select checked against its own entity. */
type CheckedRequests<R extends readonly TransactGetRequest[]> = {
  [I in keyof R]: R[I] extends { entity: EntityClass<infer T> } ? TransactGetRequest<T> : R[I];
};
type TransactGetResults<R extends readonly TransactGetRequest[]> = {
  [I in keyof R]: R[I] extends { entity: EntityClass<infer T>; select: readonly (infer S)[] }
    ? Selected<T, S & DataKeys<T>> | undefined
    : R[I] extends TransactGetRequest<infer T>
      ? T | undefined
      : never;
};

/** Options of `tableDefinition()` and `createTable()`. */
export interface CreateTableOptions {
  /** Turn the table's DynamoDB stream on, with these images in each record (default: the Table's `stream`). */
  stream?: StreamViewType;
}

/**
 * A connection to one single table and the entities stored in it.
 *
 * @example
 * const db = new Monotable({ client: new DynamoDBClient({}), table: AppTable, entities: [Customer, Order] });
 * const customers = db.getRepository(Customer);
 */
export class Monotable {
  readonly table: Table;
  readonly tableName: string;
  readonly documentClient: DynamoDBDocumentClient;
  private readonly executor: RequestExecutor;
  private readonly connection: Connection;
  private readonly metadata = new Map<Function, EntityMetadata>();
  private readonly repositories = new Map<Function, Repository<any>>();
  private readonly byName = new Map<string, EntityMetadata>();
  private readonly relations: RelationModel;
  private readonly now: () => Date;

  constructor(private readonly options: MonotableOptions) {
    if (!options.client)
      throw new ConfigurationError('Monotable needs a DynamoDB client (options.client)');
    if (!options.table) throw new ConfigurationError('Monotable needs a table (options.table)');
    this.table = options.table;
    this.tableName = options.tableName ?? options.table.name;
    this.now = options.now ?? (() => new Date());
    // Every problem of every entity in one error; then the connection's own models, compiled
    // once here and never shared with another connection.
    const inspected = inspectEntities(options.entities ?? [], options.table);
    const entities = inspected.metadata.map(compileEntityModel);
    const { catalog, problems } = planRelations(entities);
    raiseProblems(
      [...new Set([...inspected.problems, ...checkUniqueMarkers(entities), ...problems])],
      `the entities of table ${options.table.name}`,
    );
    for (const meta of entities) {
      this.metadata.set(meta.target, meta);
      this.byName.set(meta.name, meta);
    }
    this.documentClient = toDocumentClient(options.client);
    this.executor = new RequestExecutor(
      this.documentClient,
      options.logger,
      options.consumedCapacity,
    );
    const sharedSortPrefixes = findSharedSortPrefixes(entities);
    this.connection = {
      executor: this.executor,
      tableName: this.tableName,
      now: this.now,
      newUlid: monotonicFactory(),
      cursorSecret: options.cursorSecret,
      retry: resolveRetryPolicy(options.retry),
      batchConcurrency: options.batchConcurrency ?? 4,
      sharesSortPrefix: (meta, index) =>
        sharedSortPrefixes.get(meta.target)?.has(index ?? TABLE_KEYS) ?? false,
    };
    this.relations = {
      catalog,
      connection: this.connection,
      entityNamed: (name) => this.byName.get(name),
    };
  }

  /** Metadata of a registered entity; ConfigurationError for classes not passed in `entities`. */
  metadataOf(entity: Function): EntityMetadata {
    const meta = this.metadata.get(entity);
    if (!meta) {
      throw new ConfigurationError(
        `${entity.name} is not an entity of this connection; add it to the 'entities' option`,
      );
    }
    return meta;
  }

  /** Entities registered on this connection. */
  entities(): EntityMetadata[] {
    return [...this.metadata.values()];
  }

  getRepository<T extends object>(entity: EntityClass<T>): Repository<T> {
    let repository = this.repositories.get(entity);
    if (!repository) {
      repository = new Repository<T>(this.metadataOf(entity), this.connection, this.relations);
      this.repositories.set(entity, repository);
    }
    return repository;
  }

  /**
   * Runs `fn` as a unit of work: the operations it records on `tx`, and every write made by a
   * repository, relation handle or service it calls, are sent as one atomic TransactWriteItems
   * request when it returns (nothing when it throws). Resolves with what `fn` returns. Inside,
   * `update`/`delete` take `{ returnItem: false }` (a transaction returns no items), and calls
   * that cannot join — batches, migrations, consistent reads — throw `TransactionJoinError`.
   * A transaction started inside another joins it.
   *
   * @example
   * await db.transaction(async (tx) => {
   *   tx.create(Order, { customerId, total });
   *   await customers.update({ id: customerId }, { points: increment(10) }, { returnItem: false });
   * });
   */
  async transaction<R>(
    fn: (tx: TransactionBuilder) => R | PromiseLike<R>,
    options: { idempotencyToken?: string } = {},
  ): Promise<Awaited<R>> {
    return runUnitOfWork(
      this.connection,
      (unit) => new TransactionBuilder(unit, (target) => this.metadataOf(target)),
      fn,
      options,
      (entityName) => {
        const meta = this.byName.get(entityName);
        return meta ? versionAttribute(meta)?.attributeName : undefined;
      },
    );
  }

  /**
   * The related items of one entity: `list()` pages through them; for a `@ManyToMany`,
   * `add(target, edgeData?)`, `remove(target)` and `clear()` manage the links.
   *
   * @example
   * const { items, cursor } = await db.relation(customer, 'orders').list({ limit: 20, order: 'desc' });
   * await db.relation(order, 'products').add(product, { quantity: 2 });
   */
  relation<T extends object, K extends RelationKey<T>>(
    owner: T,
    name: K,
  ): RelationHandle<T, Related<T, K>, DeclaredEdge<T, K>> {
    const target = owner?.constructor;
    if (!target || !this.metadata.has(target)) {
      throw new ConfigurationError(
        `db.relation needs an instance of a registered entity (read from a repository, or ` +
          `Object.assign(new Customer(), { id }) with the properties the relation reads); got ${target?.name ?? String(owner)}`,
      );
    }
    const plan = this.relations.catalog.plan(this.metadataOf(target), name);
    return new RelationHandle(this.relations, owner, plan);
  }

  /** Reads up to 100 items of any entities in one consistent TransactGetItems request. */
  async transactGet<const R extends readonly TransactGetRequest[]>(
    requests: R & CheckedRequests<R>,
  ): Promise<TransactGetResults<R>> {
    refuseInUnitOfWork(
      this.connection,
      'transactGet',
      'it would read the items as they were before the transaction, not as the transaction writes them',
    );
    if (requests.length > MAX_TRANSACTION_ITEMS) {
      throw new TransactionTooLargeError(
        `transactGet reads at most ${MAX_TRANSACTION_ITEMS} items; got ${requests.length}`,
      );
    }
    if (requests.length === 0) return [] as unknown as TransactGetResults<R>;
    const metas = requests.map((request) => this.metadataOf(request.entity));
    // A transactional read is always consistent: the Get takes the key and a projection only.
    const gets = requests.map((request, i) =>
      prepareGet(metas[i], this.tableName, request.key, { select: request.select }),
    );
    const keys = gets.map((get) => JSON.stringify(get.Key));
    const repeated = keys.findIndex((key, i) => keys.indexOf(key) !== i);
    if (repeated >= 0) {
      throw new TransactionConflictError(
        `transactGet reads ${metas[repeated].name} ${keys[repeated]} twice; DynamoDB allows one ` +
          'operation per item in a transaction: read it once',
      );
    }
    const output = await this.executor.send('TransactGetItems', {
      TransactItems: gets.map((Get) => ({ Get })),
    });
    return metas.map((meta, i) => {
      const item = output.Responses?.[i]?.Item;
      return item ? hydrate(meta, item) : undefined;
    }) as unknown as TransactGetResults<R>;
  }

  /**
   * Offline migration of every item of an entity: a parallel scan, each item upgraded through
   * the entity's migrations (and `transform`), its key attributes recomputed, and written back
   * only if it differs and is unchanged since read. Resumable from `checkpoint`; running it
   * again changes nothing. Adding an index to existing data is `db.migrate(Entity)`.
   *
   * @example
   * const report = await db.migrate(Customer, { segments: 4, checkpoint: fileCheckpoint('customer.json') });
   * // { scanned: 10000, migrated: 9800, skipped: 200, conflicts: 3, failed: 0, completed: true, errors: [] }
   */
  migrate<T extends object>(
    entity: EntityClass<T>,
    options: MigrateOptions<T> = {},
  ): Promise<MigrationReport> {
    return runMigration(this.connection, this.metadataOf(entity), options);
  }

  /**
   * The CreateTable input for this table: for CDK, CloudFormation or Terraform users. The key
   * attributes of a multi-attribute index get the type of the entity attributes stored under
   * them (or the type the table declares).
   */
  tableDefinition(options: CreateTableOptions = {}): CreateTableCommandInput {
    const keyTypes = indexKeyTypes(this.table, this.entities());
    return buildCreateTableInput(
      this.table,
      this.tableName,
      undefined,
      keyTypes,
      options.stream ?? this.table.stream,
    );
  }

  /** Creates the table (on-demand billing) from its definition. */
  async createTable(options: CreateTableOptions = {}): Promise<void> {
    await this.executor.send('CreateTable', this.tableDefinition(options));
  }

  /**
   * The changes in a batch of DynamoDB stream records (a Lambda `DynamoDBStreamEvent`, or the
   * `Records` of GetRecords), in order, each item an instance of its own class.
   *
   * @example
   * const { changes } = db.changes(event);
   * for (const change of changes) if (change.newImage instanceof Order) console.log(change.kind, change.newImage.total);
   */
  changes(event: StreamEvent | readonly StreamRecord[]): StreamChanges {
    return readStreamChanges(this.streamModel(), 'Records' in event ? event.Records : event);
  }

  /**
   * A Lambda handler of the table's stream from typed handlers per entity; failed records are
   * reported for a retry (partial batch responses), each failure logged (or given to
   * `options.onError`). The same handler runs against the in-process engine's streams in tests.
   *
   * @example
   * export const handler = db.onChange((on) => {
   *   on(Order, { insert: (order) => counters.add(order.total) });
   *   on(Customer, { modify: (next, previous) => audit(next, previous) });
   * });
   */
  onChange(register: (on: OnChange) => void, options?: OnChangeOptions): StreamHandler {
    return buildStreamHandler(
      (event) => this.changes(event),
      (entity) => this.metadataOf(entity).name,
      register,
      options,
    );
  }

  private streamModel(): StreamModel {
    return {
      entities: this.entities(),
      byName: (name) => this.byName.get(name),
      typeAttribute: this.table.entityTypeAttribute,
    };
  }

  /**
   * The exact first request an operation would send, without sending anything (see
   * `explainAll` for every request).
   *
   * @example
   * const { operation, params } = await db.explain(() => customers.get({ id: '1' }));
   */
  async explain(fn: () => Promise<unknown>): Promise<DynamoRequest> {
    return (await explainRequests(fn))[0];
  }

  /**
   * Every request an operation would send, in order, without sending any. Each request is
   * answered as an empty table would answer it (reads find nothing, writes succeed), so an
   * update of an item that must be read first stops after that read. Invalid input still throws.
   *
   * @example
   * const requests = await db.explainAll(() => customers.create({ email, name }));
   * // [{ operation: 'TransactWriteItems', params: { TransactItems: [Put customer, Put email marker] } }]
   */
  explainAll(fn: () => Promise<unknown>): Promise<DynamoRequest[]> {
    return explainRequests(fn);
  }

  /**
   * Closes the client's connections. A DynamoDBClient passed in is destroyed; a
   * DynamoDBDocumentClient passed in shares its owner's connections, so its owner closes them.
   */
  destroy(): void {
    this.options.client.destroy();
  }
}
