import type { EntityMetadata } from '@monotable/core';
import type { AccessPattern } from './access-patterns';
import { entityWords, plural } from './words';

/**
 * The Queries of the multi-attribute indexes an entity writes: the entity's own attributes are
 * the index's key, each partition attribute compared for equality ("tasks by org id and status
 * (byStatus), by priority and created at").
 */
export function attributeIndexPatterns(meta: EntityMetadata): AccessPattern[] {
  const attributeName = (property: string) =>
    meta.attributes.get(property)?.attributeName ?? property;
  return Object.entries(meta.attributeIndexes).flatMap(([index, keys]) => {
    const condition = keys.pk.map((property) => `${attributeName(property)} = {${property}}`);
    const base = `${plural(entityWords(meta.name))} by ${keys.pk.map(entityWords).join(' and ')} (${index})`;
    const by = keys.sk.length ? `, by ${keys.sk.map(entityWords).join(' and ')}` : '';
    const orders = keys.sk.length ? (['desc', 'asc'] as const) : (['asc'] as const);
    return orders.map((order) => ({
      id: `${meta.name}.query.${index}.${order}`,
      name: `${base}${by}${order === 'desc' ? ', descending' : ''}`,
      entity: meta.name,
      kind: 'query' as const,
      operation: 'Query',
      keyCondition: condition.join(' AND '),
      index,
      requests: '1 per page',
      slots: [...keys.pk],
      order,
    }));
  });
}
