import type { Table } from '../table';
import {
  MAX_INDEX_KEY_ATTRIBUTES,
  indexKeyAttributeList,
  isAttributeList,
  type IndexKeyAttributeSpec,
} from '../table/index-key-attributes';

const KEY_TYPES = new Set(['S', 'N', 'B']);

/** Attribute names a multi-attribute key cannot use: no entity property is stored under them. */
function unavailableNames(table: Table): Map<string, string> {
  const names = new Map<string, string>([
    [table.partitionKey, "the table's partition key"],
    [table.entityTypeAttribute, 'the entity type (discriminator)'],
    [table.schemaVersionAttribute, 'the schema version'],
  ]);
  if (table.sortKey) names.set(table.sortKey, "the table's sort key");
  for (const index of Object.keys(table.indexes)) {
    if (table.isMultiAttributeIndex(index)) continue;
    const { partitionKey, sortKey } = table.keyAttributes(index);
    names.set(partitionKey, `the key of index ${index} (rendered from templates)`);
    if (sortKey) names.set(sortKey, `the key of index ${index} (rendered from templates)`);
  }
  return names;
}

function checkSide(
  where: string,
  role: 'partition' | 'sort',
  attributes: IndexKeyAttributeSpec[],
  unavailable: Map<string, string>,
): string[] {
  const problems: string[] = [];
  const property = role === 'partition' ? 'partitionKey' : 'sortKey';
  if (attributes.length > MAX_INDEX_KEY_ATTRIBUTES) {
    problems.push(
      `${where}: ${property} lists ${attributes.length} attributes; DynamoDB allows at most ${MAX_INDEX_KEY_ATTRIBUTES}`,
    );
  }
  for (const { name, type } of attributes) {
    if (typeof name !== 'string' || name === '') {
      problems.push(
        `${where}: ${property} holds ${JSON.stringify(name)}; each element is an attribute name or { name, type: 'S' | 'N' | 'B' }`,
      );
      continue;
    }
    if (type !== undefined && !KEY_TYPES.has(type)) {
      problems.push(
        `${where}: attribute ${name} has type ${JSON.stringify(type)}; a key attribute is 'S', 'N' or 'B'`,
      );
    }
    const use = unavailable.get(name);
    if (use) {
      problems.push(
        `${where}: attribute ${name} is ${use}; a multi-attribute key is made of the entities' own attributes`,
      );
    }
  }
  return problems;
}

/**
 * The table's multi-attribute indexes, as DynamoDB accepts them: global, 1 to 4 partition key
 * attributes and up to 4 sort key attributes, each listed once and typed S, N or B when a type
 * is declared, none of them an attribute that monotable itself writes.
 */
export function checkTableIndexes(table: Table): string[] {
  const problems: string[] = [];
  const unavailable = unavailableNames(table);
  for (const [index, definition] of Object.entries(table.indexes)) {
    const listed = [definition.partitionKey, definition.sortKey].filter(isAttributeList);
    if (!listed.length) continue;
    const where = `Table ${table.name} index ${index}`;
    if (!isAttributeList(definition.partitionKey) || typeof definition.sortKey === 'string') {
      problems.push(
        `${where}: a multi-attribute index lists its partitionKey attributes and, if it has a sort key, its sortKey attributes (both lists)`,
      );
      continue;
    }
    if (definition.type === 'local') {
      problems.push(`${where}: a local index cannot have a multi-attribute key; make it global`);
    }
    const partition = indexKeyAttributeList(definition.partitionKey);
    const sort = indexKeyAttributeList(definition.sortKey);
    if (partition.length === 0) problems.push(`${where}: partitionKey lists no attribute`);
    if (isAttributeList(definition.sortKey) && sort.length === 0) {
      problems.push(
        `${where}: sortKey lists no attribute; leave it out for an index without a sort key`,
      );
    }
    problems.push(
      ...checkSide(where, 'partition', partition, unavailable),
      ...checkSide(where, 'sort', sort, unavailable),
    );
    const names = [...partition, ...sort].map((attribute) => attribute.name);
    const repeated = names.filter(
      (name, i) => typeof name === 'string' && names.indexOf(name) !== i,
    );
    if (repeated.length) {
      problems.push(
        `${where}: attribute ${[...new Set(repeated)].join(', ')} is listed more than once`,
      );
    }
  }
  return problems;
}
