import {
  ConditionalCheckFailedError,
  ItemExistsError,
  ItemNotFoundError,
  UniqueConstraintError,
  VersionConflictError,
  type MonotableError,
} from '../model/errors';
import type { PreparedWrite } from '../requests/prepared-write';
import { describeItem } from '../model/errors/describe-item';

/**
 * Says why a write's condition failed, from the item DynamoDB returned with the failure
 * (ReturnValuesOnConditionCheckFailure: ALL_OLD): the key was taken, the item is gone, the
 * version moved on, or the caller's own condition did not hold.
 */
export function explainConditionFailure(
  write: PreparedWrite,
  storedItem: Record<string, unknown> | undefined,
  versionAttribute: string | undefined,
  cause: unknown,
): MonotableError {
  const { entityName, key, marker } = write;
  const slots = write.slotsOf?.();
  const item = describeItem(entityName, slots, key);
  if (marker?.action === 'claim') {
    return new UniqueConstraintError(entityName, marker.property, marker.value, { cause });
  }
  if (marker) {
    return new ConditionalCheckFailedError(
      `The @Unique marker of ${entityName}.${marker.property} = ${JSON.stringify(marker.value)} belongs to another item`,
      entityName,
      storedItem,
      { cause },
    );
  }
  if (write.guard && storedItem && !write.hasUserCondition && write.expectedVersion === undefined) {
    return new ConditionalCheckFailedError(
      `${item} changed while monotable kept its @Unique markers in step; nothing was written, try again`,
      entityName,
      storedItem,
      { cause },
    );
  }
  if (write.kind === 'create') return new ItemExistsError(entityName, key, { cause, slots });
  if (!storedItem && (write.kind === 'update' || write.kind === 'check')) {
    return new ItemNotFoundError(entityName, key, { cause, slots });
  }
  if (
    storedItem &&
    versionAttribute &&
    write.expectedVersion !== undefined &&
    storedItem[versionAttribute] !== write.expectedVersion
  ) {
    return new VersionConflictError(entityName, key, write.expectedVersion, { cause, slots });
  }
  if (!storedItem && write.expectedVersion !== undefined) {
    return new VersionConflictError(entityName, key, write.expectedVersion, { cause, slots });
  }
  return new ConditionalCheckFailedError(
    `The condition on ${item} did not hold; nothing was written`,
    entityName,
    storedItem,
    { cause },
  );
}

/** True for the SDK's ConditionalCheckFailedException. */
export function isConditionalCheckFailure(
  error: unknown,
): error is { Item?: Record<string, unknown> } {
  return (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}
