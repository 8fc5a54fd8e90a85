import { cond, type ConditionNode } from '../expressions';
import type { EntityMetadata } from '../../model/metadata/types';
import type { PreparedWrite, UniqueGuard } from '../prepared-write';
import { sameStoredValue } from '../../model/schema/same-stored-value';
import type { UniqueSnapshot } from './unique-snapshot';

/** The guard of a write that read `before` (undefined: the item was absent). */
export function uniqueGuard(before: UniqueSnapshot | undefined): UniqueGuard {
  return before ? { exists: true, values: before.values } : { exists: false, values: {} };
}

/**
 * The condition holding while the stored item still has the values read before the write:
 * markers are computed from them, so the write must not apply to anything else.
 */
export function guardCondition(meta: EntityMetadata, guard: UniqueGuard): ConditionNode {
  const key = [meta.table.partitionKey];
  if (!guard.exists) return cond.notExists(key);
  return cond.and(
    cond.exists(key),
    ...Object.entries(guard.values).map(([name, value]) =>
      value === undefined ? cond.notExists([name]) : cond.eq([name], value),
    ),
  )!;
}

/**
 * Whether a guarded write failed because the item changed since it was read (then reading
 * again and retrying is right) rather than for the caller's own reasons. An update of a
 * vanished item is not retried: it fails with ItemNotFoundError.
 */
export function guardBroken(
  write: PreparedWrite,
  stored: Record<string, unknown> | undefined,
): boolean {
  if (write.rewriteOf) return stored !== undefined && !sameStoredValue(stored, write.rewriteOf);
  const { guard } = write;
  if (!guard) return false;
  if (!guard.exists) return stored !== undefined;
  if (!stored) return write.kind !== 'update';
  return Object.entries(guard.values).some(
    ([name, value]) => (stored[name] === null ? undefined : stored[name]) !== value,
  );
}
