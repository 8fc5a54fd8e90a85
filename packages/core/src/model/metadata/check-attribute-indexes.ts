import { joinWords } from '../keys/join-words';
import { MAX_INDEX_KEY_ATTRIBUTES } from '../table/index-key-attributes';
import { unknownIndexProblem, type EntityKeyDraft } from './check-entity-keys';
import { keyAttributeType } from './key-attribute-type';

const quoted = (names: readonly string[]) => names.map((name) => `'${name}'`).join(', ');

/**
 * Per-entity rules of multi-attribute index keys: the table's index exists and has such a key,
 * the entity lists one property per key attribute, in the table's order, each stored under that
 * attribute's name with a type a key can have.
 */
export function checkAttributeIndexKeys(meta: EntityKeyDraft, className: string): string[] {
  const { table } = meta;
  const problems: string[] = [];
  for (const [index, lists] of Object.entries(meta.attributeIndexes ?? {})) {
    const where = `${className} index ${index}`;
    if (!table.indexes[index]) {
      problems.push(unknownIndexProblem(table, className, index));
      continue;
    }
    if (!table.isMultiAttributeIndex(index)) {
      const { partitionKey } = table.keyAttributes(index);
      problems.push(
        `${where} lists properties (pk: [${quoted(lists.pk)}]), but the table's index ${index} is keyed by ` +
          `${partitionKey}, which holds a rendered key template: give key templates ({ pk: '...#{${lists.pk[0] ?? 'id'}}' }), ` +
          `or declare the table's index with a list of attributes`,
      );
      continue;
    }
    const schema = table.keySchema(index);
    const repeated = [...lists.pk, ...lists.sk].filter((p, i, all) => all.indexOf(p) !== i);
    if (repeated.length) {
      problems.push(`${where} lists ${joinWords([...new Set(repeated)])} more than once`);
    }
    const context = { meta, className, index, where };
    problems.push(
      ...checkSide(context, 'pk', lists.pk, schema.partitionKey),
      ...checkSide(context, 'sk', lists.sk, schema.sortKey),
    );
  }
  return problems;
}

interface SideContext {
  meta: EntityKeyDraft;
  className: string;
  index: string;
  /** 'Task index byStatus', for messages. */
  where: string;
}

/** One side (pk or sk) of an entity's multi-attribute index key against the table's attributes. */
function checkSide(
  { meta, className, index, where }: SideContext,
  side: 'pk' | 'sk',
  properties: readonly string[],
  attributes: readonly string[],
): string[] {
  const role = side === 'pk' ? 'partition' : 'sort';
  if (properties.length > MAX_INDEX_KEY_ATTRIBUTES) {
    return [
      `${where} ${side} lists ${properties.length} properties; a multi-attribute ${role} key has at most ${MAX_INDEX_KEY_ATTRIBUTES}`,
    ];
  }
  if (properties.length !== attributes.length) {
    if (side === 'sk' && properties.length === 0) {
      return [
        `${where} needs sk: the table's index ${index} has the sort key attributes ${quoted(attributes)}, and items without them are not indexed`,
      ];
    }
    return [
      `${where} ${side} lists ${properties.length} propert${properties.length === 1 ? 'y' : 'ies'} (${quoted(properties)}), ` +
        `but the table's index ${index} has ${attributes.length} ${role} key attribute${attributes.length === 1 ? '' : 's'} (${quoted(attributes)}); ` +
        `list one property for each, in that order`,
    ];
  }
  const problems: string[] = [];
  properties.forEach((property, position) => {
    if (meta.untyped?.has(property)) return; // its own problem is already reported
    const attribute = meta.attributes.get(property);
    if (!attribute) {
      problems.push(
        `${where} ${side}: ${property} is not an attribute of ${className}; decorate it with @Attribute() or fix the list`,
      );
      return;
    }
    const expected = attributes[position];
    if (attribute.attributeName !== expected) {
      const stored =
        attribute.attributeName === property ? '' : `, stored as '${attribute.attributeName}',`;
      problems.push(
        `${where} ${side}: ${className}.${property}${stored} is at position ${position + 1}, where the table's index ${index} ` +
          `has attribute '${expected}'; list the properties in the order of the table's attributes (${quoted(attributes)}), ` +
          `each stored under that name (@Attribute({ name }))`,
      );
    }
    if (!keyAttributeType(attribute)) {
      problems.push(
        `${where} ${side}: ${className}.${property} has type '${attribute.type}'; a multi-attribute index key ` +
          `takes string, number, date or binary attributes (DynamoDB key types S, N, B)`,
      );
    }
  });
  return problems;
}
