import type { Table } from '../table';
import type { AttributeIndexKeys, AttributeMetadata, KeyTemplate } from './types';

const KEY_SLOT_TYPES = new Set(['string', 'number', 'boolean', 'date', 'any']);

/**
 * What the key checks look at: an entity's table, attributes and key templates, as far as
 * they could be built. A template given but not parsable, or an attribute whose type is
 * unknown, already has its problem reported: the checks skip it instead of reporting it again
 * as missing.
 */
export interface EntityKeyDraft {
  table: Table;
  attributes: Map<string, AttributeMetadata>;
  keys: { pk?: KeyTemplate; sk?: KeyTemplate };
  /** Every index the entity declares; a template is undefined when absent or not parsable. */
  indexes: Record<string, { pk?: KeyTemplate; sk?: KeyTemplate }>;
  /** Every multi-attribute index the entity declares, with its property lists. */
  attributeIndexes?: Record<string, AttributeIndexKeys>;
  /** Labels ('sk', 'index GSI1 sk', ...) of templates that were given but could not be parsed. */
  unparsed?: ReadonlySet<string>;
  /** Attributes whose storage type could not be resolved. */
  untyped?: ReadonlySet<string>;
}

interface LabelledTemplate {
  label: string;
  template: KeyTemplate;
  /** Physical attribute the template is written to. */
  attribute?: string;
}

function labelledTemplates(meta: EntityKeyDraft): LabelledTemplate[] {
  const { table } = meta;
  const list: LabelledTemplate[] = [];
  if (meta.keys.pk)
    list.push({ label: 'pk', template: meta.keys.pk, attribute: table.partitionKey });
  if (meta.keys.sk) list.push({ label: 'sk', template: meta.keys.sk, attribute: table.sortKey });
  for (const [index, templates] of Object.entries(meta.indexes)) {
    // Templates for a multi-attribute index are refused by checkTableShape: they write nothing.
    const definition = table.isMultiAttributeIndex(index) ? undefined : table.indexes[index];
    if (templates.pk)
      list.push({
        label: `index ${index} pk`,
        template: templates.pk,
        attribute: definition?.partitionKey as string | undefined,
      });
    if (templates.sk)
      list.push({
        label: `index ${index} sk`,
        template: templates.sk,
        attribute: definition?.sortKey as string | undefined,
      });
  }
  return list;
}

function checkSlots(
  meta: EntityKeyDraft,
  className: string,
  templates: LabelledTemplate[],
): string[] {
  const problems: string[] = [];
  for (const { label, template } of templates) {
    for (const slot of template.slots) {
      const attribute = meta.attributes.get(slot);
      const where = `${className} ${label} '${template.source}'`;
      if (meta.untyped?.has(slot)) continue;
      if (!attribute) {
        problems.push(
          `${where}: {${slot}} is not an attribute of ${className}; decorate it with @Attribute() or fix the template`,
        );
      } else if (!KEY_SLOT_TYPES.has(attribute.type)) {
        problems.push(
          `${where}: ${className}.${slot} has type '${attribute.type}'; key slots take string, number, boolean or date attributes`,
        );
      }
    }
  }
  return problems;
}

function checkTableShape(meta: EntityKeyDraft, className: string): string[] {
  const { table } = meta;
  const unparsed = meta.unparsed ?? new Set<string>();
  const problems: string[] = [];
  if (meta.keys.sk && !table.sortKey) {
    problems.push(
      `${className} has sk '${meta.keys.sk.source}' but table ${table.name} has no sort key; remove sk`,
    );
  }
  if (!meta.keys.sk && !unparsed.has('sk') && table.sortKey) {
    problems.push(
      `${className} needs an sk template: table ${table.name} has sort key ${table.sortKey}`,
    );
  }
  for (const [index, templates] of Object.entries(meta.indexes)) {
    const definition = table.indexes[index];
    if (!definition) {
      problems.push(unknownIndexProblem(table, className, index));
    } else if (table.isMultiAttributeIndex(index)) {
      const { partitionKey, sortKey } = table.keySchema(index);
      const lists = sortKey.length
        ? `{ pk: [${partitionKey.map((name) => `'${name}'`).join(', ')}], sk: [${sortKey.map((name) => `'${name}'`).join(', ')}] }`
        : `{ pk: [${partitionKey.map((name) => `'${name}'`).join(', ')}] }`;
      problems.push(
        `${className} index ${index} has key templates, but the table's index ${index} has a multi-attribute key; ` +
          `list the properties that fill its attributes instead, e.g. ${lists}`,
      );
    } else if (templates.sk && !definition.sortKey) {
      problems.push(
        `${className} index ${index} has sk '${templates.sk.source}' but the table's index ${index} has no sort key; remove it`,
      );
    } else if (!templates.sk && !unparsed.has(`index ${index} sk`) && definition.sortKey) {
      problems.push(
        `${className} index ${index} needs an sk template: the table's index ${index} has sort key ${definition.sortKey}, and items without it are not indexed`,
      );
    }
  }
  return problems;
}

/** An attribute written by two templates (an LSI, or an inverted index over PK/SK) must get one value. */
function checkSharedKeyAttributes(className: string, templates: LabelledTemplate[]): string[] {
  const problems: string[] = [];
  const writers = new Map<string, LabelledTemplate>();
  for (const entry of templates) {
    if (!entry.attribute) continue;
    const first = writers.get(entry.attribute);
    if (!first) writers.set(entry.attribute, entry);
    else if (first.template.source !== entry.template.source) {
      problems.push(
        `${className} ${entry.label} '${entry.template.source}' and ${first.label} '${first.template.source}' both write attribute ${entry.attribute}; they must be the same template`,
      );
    }
  }
  return problems;
}

function checkReservedNames(meta: EntityKeyDraft, className: string): string[] {
  const { table } = meta;
  const reserved = new Map<string, string>([
    [table.partitionKey, 'the partition key'],
    [table.entityTypeAttribute, 'the entity type (discriminator)'],
    [table.schemaVersionAttribute, 'the schema version'],
  ]);
  if (table.sortKey) reserved.set(table.sortKey, 'the sort key');
  for (const [index, definition] of Object.entries(table.indexes)) {
    // A multi-attribute index is keyed by the entities' own attributes: nothing to reserve.
    if (table.isMultiAttributeIndex(index)) continue;
    const { partitionKey, sortKey } = definition as { partitionKey: string; sortKey?: string };
    if (!reserved.has(partitionKey)) reserved.set(partitionKey, `a key of index ${index}`);
    if (sortKey && !reserved.has(sortKey)) reserved.set(sortKey, `a key of index ${index}`);
  }
  const problems: string[] = [];
  for (const attribute of meta.attributes.values()) {
    const use = reserved.get(attribute.attributeName);
    if (use) {
      problems.push(
        `${className}.${attribute.propertyName} is stored as '${attribute.attributeName}', which table ${table.name} uses for ${use}; rename it with @Attribute({ name })`,
      );
    }
  }
  return problems;
}

/** An entity names an index its table does not have. */
export function unknownIndexProblem(table: Table, className: string, index: string): string {
  const known = Object.keys(table.indexes);
  return `${className} uses index ${index}, which table ${table.name} does not have (${known.length ? `it has ${known.join(', ')}` : 'it has no indexes'})`;
}

/** Per-entity rules about key templates, the table's keys and indexes, and attribute names. */
export function checkEntityKeys(meta: EntityKeyDraft, className: string): string[] {
  const templates = labelledTemplates(meta);
  return [
    ...checkSlots(meta, className, templates),
    ...checkTableShape(meta, className),
    ...checkSharedKeyAttributes(className, templates),
    ...checkReservedNames(meta, className),
  ];
}
