import type { EntityMetadata, KeyTemplate } from '@monotable/core';
import type { Model } from '../load';
import type { AccessPattern, PatternKind } from './api-shapes';
import { attributeIndexPatterns } from './attribute-index-patterns';
import { entityWords, plural, withArticle } from './words';

export type { AccessPattern, PatternKind } from './api-shapes';

const quoted = (template: KeyTemplate) => `"${template.source}"`;

/** The literal text before the first slot: what a Query's begins_with uses on a shared partition. */
function literalPrefix(template: KeyTemplate): string {
  const first = template.parts.findIndex((part) => part.kind === 'slot');
  const literals = first < 0 ? template.parts : template.parts.slice(0, first);
  return literals.map((part) => (part.kind === 'literal' ? part.value : '')).join('');
}

/** A sort key of one time-sortable slot (a date, a ULID, an `...At` or `id` property). */
function sortsByTime(meta: EntityMetadata, sk: KeyTemplate): boolean {
  if (sk.slots.length !== 1) return false;
  const [slot] = sk.slots;
  const attribute = meta.attributes.get(slot);
  return (
    attribute?.type === 'date' || attribute?.generated === 'ulid' || /(^id$|Id$|At$)/.test(slot)
  );
}

/** "newest first" on a time-sortable sort key, else what it sorts by: "by status and id, descending". */
function orderLabel(meta: EntityMetadata, sk: KeyTemplate, order: 'asc' | 'desc'): string {
  if (sortsByTime(meta, sk)) return order === 'desc' ? 'newest first' : 'oldest first';
  const by = `by ${sk.slots.map(entityWords).join(' and ')}`;
  return order === 'desc' ? `${by}, descending` : by;
}

/** The entity that lists `meta` through a @HasMany on `index` ('table': without an index). */
function relationOwner(model: Model, meta: EntityMetadata, index: string) {
  return model.metadata.find((owner) =>
    owner.relations.some(
      (relation) =>
        relation.kind === 'hasMany' &&
        relation.target() === meta.target &&
        (typeof relation.options.index === 'string' ? relation.options.index : 'table') === index,
    ),
  );
}

/**
 * Whose items a Query lists: the owner of a @HasMany reading it, or, for an index keyed by the
 * same partition as the table, the owner of the table's partition ("orders of a customer").
 */
function ownerOf(model: Model, meta: EntityMetadata, index: string): EntityMetadata | undefined {
  const samePartition = index !== 'table' && meta.indexes[index]?.pk.source === meta.keys.pk.source;
  return (
    relationOwner(model, meta, index) ??
    (samePartition ? relationOwner(model, meta, 'table') : undefined) ??
    namedByPartition(model, meta.indexes[index] ?? meta.keys)
  );
}

/** A partition keyed by one `<entity>Id` slot belongs to that entity (`ORDER#{orderId}`). */
function namedByPartition(model: Model, keys: { pk: KeyTemplate }): EntityMetadata | undefined {
  if (keys.pk.slots.length !== 1) return undefined;
  const named = /^(.+)Id$/.exec(keys.pk.slots[0])?.[1].toLowerCase();
  return model.metadata.find((candidate) => candidate.name.toLowerCase() === named);
}

function keyAttributes(model: Model, index: string): { pk: string; sk?: string } {
  if (index === 'table') return { pk: model.table.partitionKey, sk: model.table.sortKey };
  const { partitionKey, sortKey } = model.table.keyAttributes(index);
  return { pk: partitionKey, sk: sortKey };
}

function keyEquality(meta: EntityMetadata, model: Model): string {
  const { pk, sk } = keyAttributes(model, 'table');
  const parts = [`${pk} = ${quoted(meta.keys.pk)}`];
  if (sk && meta.keys.sk) parts.push(`${sk} = ${quoted(meta.keys.sk)}`);
  return parts.join(' AND ');
}

function queryPatterns(model: Model, meta: EntityMetadata, index: string): AccessPattern[] {
  const keys = index === 'table' ? meta.keys : meta.indexes[index];
  // A partition holding one item of the entity is read with a get, not listed.
  if (!keys?.sk || !keys.sk.slots.length) return [];
  const attributes = keyAttributes(model, index);
  const prefix = literalPrefix(keys.sk);
  const condition =
    `${attributes.pk} = ${quoted(keys.pk)}` +
    (prefix && attributes.sk ? ` AND begins_with(${attributes.sk}, "${prefix}")` : '');
  const owner = ownerOf(model, meta, index);
  const listed = plural(entityWords(meta.name));
  const base = owner
    ? `${listed} of ${withArticle(entityWords(owner.name))}`
    : `${listed} by ${keys.pk.slots.map(entityWords).join(' and ')}`;
  const where = index === 'table' ? '' : ` (${index})`;
  const sk = keys.sk;
  return (['desc', 'asc'] as const).map((order) => ({
    id: `${meta.name}.query.${index}.${order}`,
    name: `${base}${where}, ${orderLabel(meta, sk, order)}`,
    entity: meta.name,
    kind: 'query',
    operation: 'Query',
    keyCondition: condition,
    index,
    requests: '1 per page',
    slots: [...keys.pk.slots],
    order,
  }));
}

function itemPatterns(model: Model, meta: EntityMetadata): AccessPattern[] {
  const one = entityWords(meta.name);
  const slots = [...new Set([...meta.keys.pk.slots, ...(meta.keys.sk?.slots ?? [])])];
  const key = keyEquality(meta, model);
  const unique = [...meta.attributes.values()].some((attribute) => attribute.unique);
  const pattern = (kind: PatternKind, name: string, operation: string, requests = '1') => ({
    id: `${meta.name}.${kind}`,
    name,
    entity: meta.name,
    kind,
    operation,
    keyCondition: key,
    index: 'table',
    requests,
    slots,
  });
  // Unique markers are written in the same transaction as the item; a delete reads the item
  // first to know which markers to release, an update only when it changes a unique value.
  return [
    pattern('get', `${one} by its key`, 'GetItem'),
    pattern('create', `create ${withArticle(one)}`, unique ? 'TransactWriteItems' : 'PutItem'),
    pattern(
      'update',
      `update ${withArticle(one)}`,
      'UpdateItem',
      unique ? '1 (3 when a unique value changes: GetItem, TransactWriteItems, GetItem)' : '1',
    ),
    unique
      ? pattern('delete', `delete ${withArticle(one)}`, 'GetItem, TransactWriteItems', '2')
      : pattern('delete', `delete ${withArticle(one)}`, 'DeleteItem'),
  ];
}

/**
 * The access-pattern catalogue of a model: per entity, the get by key, the Query of its
 * partition on the table and on each index it writes (both orders), and the writes.
 */
export function buildAccessPatterns(model: Model): AccessPattern[] {
  return model.metadata.flatMap((meta) => {
    const [get, ...writes] = itemPatterns(model, meta);
    const reads = ['table', ...Object.keys(meta.indexes)].flatMap((index) =>
      queryPatterns(model, meta, index),
    );
    return [get, ...reads, ...attributeIndexPatterns(meta), ...writes];
  });
}
