import { versionAttribute } from '../model/entity';
import { ConfigurationError } from '../model/errors';
import { cond, sourced, type ConditionNode } from './expressions';
import type { EntityMetadata } from '../model/metadata/types';

/**
 * The condition of `expectedVersion` (update, delete): the stored @Version equals it. An entity
 * without @Version cannot honour the check, so asking for one is a ConfigurationError rather
 * than a check silently skipped.
 */
export function expectedVersionCondition(
  meta: EntityMetadata,
  expectedVersion: number | undefined,
): ConditionNode | undefined {
  if (expectedVersion === undefined) return undefined;
  const version = versionAttribute(meta);
  if (!version) {
    throw new ConfigurationError(
      `${meta.name} has no @Version() attribute; expectedVersion cannot be checked`,
    );
  }
  return cond.eq([version.attributeName], sourced(expectedVersion, { kind: 'expectedVersion' }));
}
