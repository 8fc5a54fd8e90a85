import { versionAttribute } from '../model/entity';
import { ConfigurationError } from '../model/errors';
import { cond, sourced, type ConditionNode } from './expressions';
import type { EntityMetadata } from '../model/metadata/types';

/**
 * The @Version attribute an `expectedVersion` is checked against (undefined when none is
 * given). A version that is not a whole number, or an entity without @Version, is refused.
 */
export function checkedVersionAttribute(meta: EntityMetadata, expectedVersion: unknown) {
  if (expectedVersion === undefined) return undefined;
  if (
    typeof expectedVersion !== 'number' ||
    !Number.isInteger(expectedVersion) ||
    expectedVersion < 0
  ) {
    throw new ConfigurationError(
      `expectedVersion of ${meta.name} must be a whole number (the @Version read with the item); ` +
        `got ${typeof expectedVersion === 'string' ? JSON.stringify(expectedVersion) : String(expectedVersion)}`,
    );
  }
  const version = versionAttribute(meta);
  if (!version) {
    throw new ConfigurationError(
      `${meta.name} has no @Version() attribute; expectedVersion cannot be checked`,
    );
  }
  return version;
}

/**
 * The condition of `expectedVersion` (update, delete): the stored @Version equals it. An entity
 * without @Version cannot honour the check, so asking for one is a ConfigurationError rather
 * than a check silently skipped.
 */
export function expectedVersionCondition(
  meta: EntityMetadata,
  expectedVersion: number | undefined,
): ConditionNode | undefined {
  const version = checkedVersionAttribute(meta, expectedVersion);
  if (!version) return undefined;
  return cond.eq([version.attributeName], sourced(expectedVersion, { kind: 'expectedVersion' }));
}
