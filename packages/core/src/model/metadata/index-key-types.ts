import { ConfigurationError } from '../errors';
import type { Table } from '../table';
import {
  indexKeyAttributeList,
  type IndexKeyAttributeSpec,
  type KeyAttributeType,
} from '../table/index-key-attributes';
import { keyAttributeType } from './key-attribute-type';
import type { AttributeMetadata, EntityMetadata } from './types';

/** One entity attribute stored under the name of a multi-attribute index key attribute. */
interface Holder {
  meta: EntityMetadata;
  attribute: AttributeMetadata;
  type?: KeyAttributeType;
}

interface KeyAttributeUse {
  index: string;
  spec: IndexKeyAttributeSpec;
  holders: Holder[];
}

/** Every key attribute of the table's multi-attribute indexes, with the entity attributes stored under its name. */
function keyAttributeUses(table: Table, entities: readonly EntityMetadata[]): KeyAttributeUse[] {
  const uses: KeyAttributeUse[] = [];
  for (const [index, definition] of Object.entries(table.indexes)) {
    if (!table.isMultiAttributeIndex(index)) continue;
    const specs = [
      ...indexKeyAttributeList(definition.partitionKey),
      ...indexKeyAttributeList(definition.sortKey),
    ];
    for (const spec of specs) {
      const holders: Holder[] = [];
      for (const meta of entities) {
        for (const attribute of meta.attributes.values()) {
          if (attribute.attributeName !== spec.name || attribute.type === 'any') continue;
          holders.push({ meta, attribute, type: keyAttributeType(attribute) });
        }
      }
      uses.push({ index, spec, holders });
    }
  }
  return uses;
}

const describeHolder = (holder: Holder) => `${holder.meta.name}.${holder.attribute.propertyName}`;

/**
 * DynamoDB types each key attribute of an index once, and refuses to write an item holding the
 * attribute with another type, whether or not the item's entity uses the index. So every entity
 * on the table that stores an attribute under such a name must store it with one key type: the
 * table's declared type, or the same as the others.
 */
export function checkIndexKeyTypes(table: Table, entities: readonly EntityMetadata[]): string[] {
  const problems: string[] = [];
  for (const { index, spec, holders } of keyAttributeUses(table, entities)) {
    const at = `key attribute ${spec.name} of index ${index}`;
    for (const holder of holders) {
      if (holder.type || holder.meta.attributeIndexes[index]) continue; // the latter is reported per entity
      problems.push(
        `${describeHolder(holder)} is stored as '${spec.name}', the ${at}, with type '${holder.attribute.type}', ` +
          `which no key can have: DynamoDB would refuse to write a ${holder.meta.name} holding it; store it under another name with @Attribute({ name })`,
      );
    }
    const typed = holders.filter((holder) => holder.type);
    const expected = spec.type ?? typed[0]?.type;
    const source = spec.type
      ? `the table declares ${spec.type}`
      : typed[0] && `${describeHolder(typed[0])} is ${typed[0].type}`;
    for (const holder of typed) {
      if (holder.type === expected) continue;
      problems.push(
        `The ${at} has one type, but ${source} and ${describeHolder(holder)} is ${holder.type}: DynamoDB would refuse ` +
          `to write one of them; give them the same type, or store one under another name with @Attribute({ name })`,
      );
    }
  }
  return problems;
}

const typeOf = (use: KeyAttributeUse) =>
  use.spec.type ?? use.holders.find((holder) => holder.type)?.type;

/**
 * The DynamoDB type (S, N or B) of each key attribute of the table's multi-attribute indexes
 * that the table declares or one of the entities stores; attributes nothing tells are left out.
 *
 * @example
 * indexKeyAttributeTypes(BoardTable, db.entities()) // { orgId: 'S', status: 'S', priority: 'N', createdAt: 'S' }
 */
export function indexKeyAttributeTypes(
  table: Table,
  entities: readonly EntityMetadata[],
): Record<string, KeyAttributeType> {
  const types: Record<string, KeyAttributeType> = {};
  for (const use of keyAttributeUses(table, entities)) {
    const type = typeOf(use);
    if (type) types[use.spec.name] = type;
  }
  return types;
}

/**
 * The types of `indexKeyAttributeTypes`, for the table's AttributeDefinitions: every key
 * attribute needs one, so a ConfigurationError names those nothing tells.
 */
export function indexKeyTypes(
  table: Table,
  entities: readonly EntityMetadata[],
): Record<string, KeyAttributeType> {
  const types = indexKeyAttributeTypes(table, entities);
  const unknown = keyAttributeUses(table, entities).filter((use) => !typeOf(use));
  if (unknown.length) {
    const names = unknown.map(({ spec, index }) => `${spec.name} (index ${index})`);
    throw new ConfigurationError(
      `The type of key attribute ${names.join(', ')} is unknown: no entity of this connection stores ` +
        `${unknown.length > 1 ? 'them' : 'it'}. Declare it in the table's index, e.g. { name: '${unknown[0].spec.name}', type: 'S' } (S, N or B)`,
    );
  }
  return types;
}
