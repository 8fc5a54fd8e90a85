import { ConfigurationError, ItemNotFoundError } from '../model/errors';
import type { UlidSource } from '../model/entity';
import { factsOf } from '../model/entity-model';
import { fromItem } from '../model/mapping';
import { assertItemSize } from '../model/size';
import { validateEntity } from '../model/validation';
import { ExpressionContext, compileCondition, expressionParams } from './expressions';
import { buildPrimaryKey } from '../model/keys';
import type { EntityMetadata } from '../model/metadata/types';
import { prepareCheck, prepareDelete, type ConditionalBuildOptions } from './build-delete';
import { preparePut } from './build-put';
import { prepareRewrite } from './build-rewrite';
import { prepareUpdate, type UpdateBuildOptions } from './build-update';
import type { PreparedWrite } from './prepared-write';
import type { ItemReader, WriteContext, WriteIntent } from './write-intent';
import { assertNoMarkers } from './unique/assert-no-markers';
import { prepareMarkerWrites } from './unique/prepare-marker-writes';
import { uniqueAttributes } from './unique/unique-attributes';
import { guardCondition, uniqueGuard } from './unique/unique-guard';
import { snapshotAfterUpdate, snapshotOf, touchesMarkers } from './unique/unique-snapshot';
import { keySlotValues } from '../model/keys';

/** One caller operation: the write of the item first, then the marker writes that go with it. */
export interface PreparedOperation<T = unknown> {
  writes: PreparedWrite<T>[];
  /** The item as read before the write (operations that had to read it). */
  read?: Record<string, unknown>;
}

/** `create`: the item's Put, plus a claim per unique value (no read: a new item has no markers yet). */
async function prepareCreateOperation<T>(
  meta: EntityMetadata,
  tableName: string,
  data: object,
  now: Date,
  newUlid?: UlidSource,
): Promise<PreparedOperation<T>> {
  const main = await preparePut<T>(meta, tableName, data, now, 'create', newUlid);
  if (!uniqueAttributes(meta).length) return { writes: [main] };
  const after = snapshotOf(meta, main.params.Item);
  return {
    writes: [
      main,
      ...prepareMarkerWrites(meta, tableName, main, undefined, after, now),
    ] as PreparedWrite<T>[],
  };
}

/**
 * `put` (replace): with @Unique attributes, the stored item is read first so that the values it
 * gives up are released; the Put is conditioned on the item still holding what was read.
 */
async function preparePutOperation<T>(
  meta: EntityMetadata,
  tableName: string,
  data: object,
  now: Date,
  read: ItemReader,
  newUlid?: UlidSource,
): Promise<PreparedOperation<T>> {
  const main = await preparePut<T>(meta, tableName, data, now, 'put', newUlid);
  if (!uniqueAttributes(meta).length) return { writes: [main] };
  const stored = await read(main.key);
  const before = snapshotOf(meta, stored);
  const guard = uniqueGuard(before);
  const ctx = new ExpressionContext();
  // A Put of `put` has no expression of its own, so the guard's placeholders cannot clash.
  main.params = {
    ...main.params,
    ConditionExpression: compileCondition(guardCondition(meta, guard), ctx),
    ...expressionParams(ctx),
  };
  main.guard = guard;
  const after = snapshotOf(meta, main.params.Item);
  return {
    writes: [
      main,
      ...prepareMarkerWrites(meta, tableName, main, before, after, now),
    ] as PreparedWrite<T>[],
    read: stored,
  };
}

/**
 * `update`: when the changes touch a @Unique attribute (or the @Ttl of an entity with one), the
 * item is read first (consistently) to learn the values to release; otherwise a plain UpdateItem.
 */
async function prepareUpdateOperation(
  meta: EntityMetadata,
  tableName: string,
  keyValues: Record<string, unknown>,
  changes: Record<string, unknown>,
  options: UpdateBuildOptions,
  now: Date,
  read: ItemReader,
): Promise<PreparedOperation> {
  const plain = await prepareUpdate(meta, tableName, keyValues, changes, options, now);
  if (!touchesMarkers(meta, changes)) return { writes: [plain] };
  const stored = await read(plain.key);
  const before = snapshotOf(meta, stored);
  if (!before) throw new ItemNotFoundError(meta.name, plain.key, { slots: plain.slotsOf?.() });
  const after = snapshotAfterUpdate(meta, before, changes);
  const guard = uniqueGuard(before);
  const main = await prepareUpdate(
    meta,
    tableName,
    keyValues,
    changes,
    { ...options, guard: guardCondition(meta, guard) },
    now,
  );
  main.guard = guard;
  return {
    writes: [main, ...prepareMarkerWrites(meta, tableName, main, before, after, now)],
    read: stored,
  };
}

/** `delete`: with @Unique attributes, the item is read first so that its markers are released with it. */
async function prepareDeleteOperation(
  meta: EntityMetadata,
  tableName: string,
  keyValues: Record<string, unknown>,
  options: ConditionalBuildOptions,
  now: Date,
  read: ItemReader,
): Promise<PreparedOperation> {
  if (!uniqueAttributes(meta).length) {
    return { writes: [prepareDelete(meta, tableName, keyValues, options)] };
  }
  const stored = await read(buildPrimaryKey(meta, keyValues));
  const before = snapshotOf(meta, stored);
  const guard = uniqueGuard(before);
  const main = prepareDelete(meta, tableName, keyValues, {
    ...options,
    guard: guardCondition(meta, guard),
  });
  main.guard = guard;
  return {
    writes: [main, ...prepareMarkerWrites(meta, tableName, main, before, undefined, now)],
    read: stored,
  };
}

/**
 * An offline or lazy migration storing `stored` again as `item`: only the differences are
 * written, on condition that the item is exactly as read; the rewritten item is validated and
 * size-checked like any write, and its @Unique markers move with it (old values released, new
 * ones claimed) in the same transaction. `undefined` when nothing differs.
 */
async function prepareRewriteOperation(
  meta: EntityMetadata,
  intent: Extract<WriteIntent, { kind: 'rewrite' }>,
  context: WriteContext,
): Promise<PreparedOperation | undefined> {
  const { stored, item } = intent;
  if (intent.validate) {
    await validateEntity(fromItem<object>(meta, item), meta.name, {
      constrained: factsOf(meta).constrainedProperties,
    });
  }
  assertItemSize(item, meta.name);
  const params = prepareRewrite(meta, context.tableName, stored, item);
  if (!params) return undefined;
  const main: PreparedWrite = {
    kind: 'update',
    entityName: meta.name,
    key: params.Key!,
    slotsOf: () => keySlotValues(meta, params.Key!),
    params,
    hasUserCondition: true,
    rewriteOf: stored,
  };
  const before = snapshotOf(meta, stored);
  const after = snapshotOf(meta, item);
  return {
    writes: [
      main,
      ...prepareMarkerWrites(meta, context.tableName, main, before, after, context.now),
    ],
    read: stored,
  };
}

const BATCH_KINDS = new Set<WriteIntent['kind']>(['put', 'delete']);

/**
 * The one write pipeline: turns what a caller asked for into the requests that do it —
 * instantiate, validate, render keys, check the size, add @Unique marker writes and guards.
 * Every write of monotable (repository, transaction, batch, relation link, migration) is
 * prepared here. In `batch` mode, which cannot keep markers atomic, entities with @Unique
 * attributes are refused, once, here. `undefined`: nothing to write (a rewrite with no change).
 */
export async function prepareOperation<T = unknown>(
  meta: EntityMetadata,
  intent: WriteIntent,
  context: WriteContext,
): Promise<PreparedOperation<T> | undefined> {
  const { tableName, now, read } = context;
  if (context.mode === 'batch') {
    if (!BATCH_KINDS.has(intent.kind)) {
      throw new ConfigurationError(`A batch writes puts and deletes only, not ${intent.kind}`);
    }
    assertNoMarkers(meta, context.method ?? (intent.kind === 'put' ? 'batchPut' : 'batchDelete'));
  }
  switch (intent.kind) {
    case 'create':
      return prepareCreateOperation<T>(meta, tableName, intent.data, now, context.newUlid);
    case 'put':
      return preparePutOperation<T>(meta, tableName, intent.data, now, read, context.newUlid);
    case 'update':
      return (await prepareUpdateOperation(
        meta,
        tableName,
        intent.key,
        intent.changes,
        intent.options ?? {},
        now,
        read,
      )) as PreparedOperation<T>;
    case 'delete':
      return (await prepareDeleteOperation(
        meta,
        tableName,
        intent.key,
        intent.options ?? {},
        now,
        read,
      )) as PreparedOperation<T>;
    case 'check':
      return {
        writes: [prepareCheck(meta, tableName, intent.key, intent.options)],
      } as PreparedOperation<T>;
    case 'rewrite':
      return (await prepareRewriteOperation(meta, intent, context)) as
        PreparedOperation<T> | undefined;
  }
}
