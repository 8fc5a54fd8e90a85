import { renderKeyPrefix, renderKeyTemplate } from '../keys/render-key-template';
import type { EntityMetadata } from '../metadata/types';
import type { ChildAccess } from './relation-plan';
import { hasMappedValues, mappedValues } from './relation-values';

/** Where the children of one owner are, rendered from the owner's values. */
export interface ChildQuery {
  child: EntityMetadata;
  index?: string;
  /** Values of the child's partition key slots (a `query` partition). */
  partition: Record<string, unknown>;
  /** The rendered partition key (a multi-attribute index: its values, as JSON), identifying the partition. */
  partitionValue: string;
  /** Equalities on the leading sort key slots (a `query` where). */
  where: Record<string, unknown>;
  /** The sort key prefix the children share; `exact` when it is a whole key (a single child). */
  sortKey: { value: string; exact: boolean };
}

/**
 * The query for the children of `owner`, or undefined when `owner` lacks a property the access
 * reads (a partially known owner, e.g. only its key).
 */
export function childQuery(
  child: EntityMetadata,
  access: ChildAccess,
  owner: Record<string, unknown>,
): ChildQuery | undefined {
  if (!hasMappedValues(access.partition, owner) || !hasMappedValues(access.sortPrefix, owner)) {
    return undefined;
  }
  const partition = mappedValues(access.partition, owner);
  const where = mappedValues(access.sortPrefix, owner);
  if (access.index && child.attributeIndexes[access.index]) {
    // Nothing is rendered: the query names the key properties' values (never a collection).
    const keys = child.attributeIndexes[access.index];
    return {
      child,
      index: access.index,
      partition,
      partitionValue: JSON.stringify(keys.pk.map((property) => partition[property])),
      where,
      sortKey: { value: JSON.stringify(keys.sk.map((property) => where[property])), exact: false },
    };
  }
  const templates = access.index ? child.indexes[access.index] : child.keys;
  const sortKey = templates.sk
    ? renderKeyPrefix(templates.sk, where, child.attributes, child.name)
    : { value: '', complete: false };
  const query: ChildQuery = {
    child,
    partition,
    partitionValue: renderKeyTemplate(templates.pk, partition, child.attributes, child.name),
    where,
    sortKey: { value: sortKey.value, exact: sortKey.complete },
  };
  if (access.index) query.index = access.index;
  return query;
}

/** Whether an item's sort key belongs to the children of a query. */
export function holdsSortKey(sortKey: ChildQuery['sortKey'], value: unknown): boolean {
  if (typeof value !== 'string') return sortKey.value === '' && !sortKey.exact;
  return sortKey.exact ? value === sortKey.value : value.startsWith(sortKey.value);
}
