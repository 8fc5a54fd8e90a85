import { ItemNotFoundError } from '../errors';
import { ExpressionContext, compileCondition, expressionParams } from '../expressions';
import { buildPrimaryKey } from '../keys';
import type { EntityMetadata } from '../metadata/types';
import { prepareDelete, type ConditionalBuildOptions } from '../operations/build-delete';
import { preparePut } from '../operations/build-put';
import { prepareUpdate, type UpdateBuildOptions } from '../operations/build-update';
import type { PreparedWrite } from '../operations/prepared-write';
import { prepareMarkerWrites } from './prepare-marker-writes';
import { uniqueAttributes } from './unique-attributes';
import { guardCondition, uniqueGuard } from './unique-guard';
import { snapshotAfterUpdate, snapshotOf, touchesMarkers } from './unique-snapshot';

/** Reads an item by its physical key, strongly consistent (the values markers are computed from). */
export type ItemReader = (
  key: Record<string, unknown>,
) => Promise<Record<string, unknown> | undefined>;

/** One caller operation: the write of the item first, then the marker writes that go with it. */
export interface PreparedOperation<T = unknown> {
  writes: PreparedWrite<T>[];
  /** The item as read before the write (operations that had to read it). */
  read?: Record<string, unknown>;
}

/** `create`: the item's Put, plus a claim per unique value (no read: a new item has no markers yet). */
export async function prepareCreateOperation<T>(
  meta: EntityMetadata,
  tableName: string,
  data: object,
  now: Date,
): Promise<PreparedOperation<T>> {
  const main = await preparePut<T>(meta, tableName, data, now, 'create');
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
export async function preparePutOperation<T>(
  meta: EntityMetadata,
  tableName: string,
  data: object,
  now: Date,
  read: ItemReader,
): Promise<PreparedOperation<T>> {
  const main = await preparePut<T>(meta, tableName, data, now, 'put');
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
export async function prepareUpdateOperation(
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
  if (!before) throw new ItemNotFoundError(meta.name, plain.key);
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
export async function prepareDeleteOperation(
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
