import { InvalidExpressionError, UpdateOperator } from '../expressions';
import { toStoredValue } from '../../model/mapping';
import type { EntityMetadata } from '../../model/metadata/types';
import { markerAttributes } from './unique-attributes';

/** Stored values of an item's @Unique attributes (and @Ttl): stored name → value, undefined when absent. */
export interface UniqueSnapshot {
  values: Record<string, unknown>;
}

const absent = (value: unknown) => (value === null ? undefined : value);

/** The marker-relevant values of a stored item; undefined when there is no item. */
export function snapshotOf(
  meta: EntityMetadata,
  item: Record<string, unknown> | undefined,
): UniqueSnapshot | undefined {
  if (!item) return undefined;
  const values: Record<string, unknown> = {};
  for (const attribute of markerAttributes(meta)) {
    values[attribute.attributeName] = absent(item[attribute.attributeName]);
  }
  return { values };
}

/** Whether an update's changes touch a @Unique attribute (or the @Ttl of an entity with one). */
export function touchesMarkers(meta: EntityMetadata, changes: Record<string, unknown>): boolean {
  return markerAttributes(meta).some((attribute) => changes[attribute.propertyName] !== undefined);
}

/**
 * The values after an update, from the values before and the changes. Only plain values and
 * `remove()` can be followed: an operator would compute the new value inside DynamoDB.
 */
export function snapshotAfterUpdate(
  meta: EntityMetadata,
  before: UniqueSnapshot,
  changes: Record<string, unknown>,
): UniqueSnapshot {
  const values = { ...before.values };
  for (const attribute of markerAttributes(meta)) {
    const change = changes[attribute.propertyName];
    if (change === undefined) continue;
    if (change instanceof UpdateOperator) {
      if (change.operator !== 'remove') {
        throw new InvalidExpressionError(
          `${meta.name}.${attribute.propertyName} keeps @Unique markers in step with the item; ` +
            `set it to a plain value (or remove()) instead of ${change.operator}()`,
          { property: attribute.propertyName },
        );
      }
      values[attribute.attributeName] = undefined;
    } else {
      values[attribute.attributeName] = absent(toStoredValue(attribute, change, meta.name));
    }
  }
  return { values };
}
