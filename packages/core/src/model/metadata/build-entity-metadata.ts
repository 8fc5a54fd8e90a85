import { ConfigurationError } from '../errors';
import { parseKeyTemplate } from '../keys/parse-key-template';
import { buildAttributes } from './build-attributes';
import { checkEntityKeys } from './check-entity-keys';
import type { EntityOptions } from './options';
import type { PropertyFacts } from './property-facts';
import { checkAttributeIndexKeys } from './check-attribute-indexes';
import type {
  AttributeIndexKeys,
  EntityKeyTemplates,
  EntityMetadata,
  KeyTemplate,
  RelationMetadata,
} from './types';

/**
 * Metadata of an entity and every problem found in it. With problems, `metadata` is what
 * could be built (absent when the table or the primary key templates are unusable): enough for
 * the checks between entities (names, key collisions, relations) to report their own problems
 * in the same startup error, never to serve requests.
 */
export interface BuiltEntity {
  metadata?: EntityMetadata;
  problems: string[];
}

function checkOptions(className: string, options: EntityOptions): string[] {
  const problems: string[] = [];
  const table = options.table as Partial<EntityOptions['table']> | undefined;
  if (!table || typeof table.partitionKey !== 'string') {
    problems.push(
      `${className}: @Entity({ table }) must be a Table (is the table imported before it is defined?)`,
    );
  }
  if (options.name !== undefined && (typeof options.name !== 'string' || options.name === '')) {
    problems.push(`${className}: @Entity({ name }) must be a non-empty string`);
  }
  const version = options.version ?? 1;
  if (!Number.isInteger(version) || version < 1) {
    problems.push(
      `${className}: @Entity({ version }) must be a positive integer, got ${String(options.version)}`,
    );
  }
  for (const [key, migration] of Object.entries(options.migrations ?? {})) {
    const target = Number(key);
    if (!Number.isInteger(target) || target < 2 || target > version) {
      problems.push(
        `${className}: migration ${key} is outside 2..${version}; a migration upgrades items to its version`,
      );
    } else if (typeof migration !== 'function') {
      problems.push(`${className}: migration ${key} must be a function (item) => item`);
    }
  }
  return problems;
}

/** What parseKeyTemplate accepts between braces. */
const SLOT_NAME = /^[A-Za-z_$][\w$]*$/;

/** parseKeyTemplate stops at a template's first problem: its other bad slot names, worded alike. */
function otherBadSlotNames(source: unknown, first: string): string[] {
  if (typeof source !== 'string') return [];
  const problems = new Set<string>();
  for (const [, name] of source.matchAll(/\{([^{}]*)\}/g)) {
    const problem = `Key template '${source}': {${name}} is not a property name`;
    if (!SLOT_NAME.test(name) && problem !== first) problems.add(problem);
  }
  return [...problems];
}

function parseTemplates(className: string, options: EntityOptions, problems: string[]) {
  const unparsed = new Set<string>();
  const parse = (
    label: string,
    source: string | undefined,
    required: boolean,
  ): KeyTemplate | undefined => {
    if (source === undefined && !required) return undefined;
    try {
      return parseKeyTemplate(source as string);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      for (const problem of [error.message, ...otherBadSlotNames(source, error.message)]) {
        problems.push(`${className} ${label}: ${problem}`);
      }
      unparsed.add(label);
      return undefined;
    }
  };
  const keys = { pk: parse('pk', options.pk, true), sk: parse('sk', options.sk, false) };
  const indexes: Record<string, Partial<EntityKeyTemplates>> = {};
  const attributeIndexes: Record<string, AttributeIndexKeys> = {};
  for (const [index, templates] of Object.entries(options.indexes ?? {})) {
    if (Array.isArray(templates?.pk) || Array.isArray(templates?.sk)) {
      const listed = propertyLists(className, index, templates, problems);
      if (listed) attributeIndexes[index] = listed;
      continue;
    }
    indexes[index] = {
      pk: parse(`index ${index} pk`, templates?.pk as string | undefined, true),
      sk: parse(`index ${index} sk`, templates?.sk as string | undefined, false),
    };
  }
  return { keys, indexes, attributeIndexes, unparsed };
}

/** The property lists of a multi-attribute index key, or undefined when they are malformed. */
function propertyLists(
  className: string,
  index: string,
  given: { pk?: unknown; sk?: unknown },
  problems: string[],
): AttributeIndexKeys | undefined {
  const where = `${className} index ${index}`;
  if (!Array.isArray(given.pk) || (given.sk !== undefined && !Array.isArray(given.sk))) {
    problems.push(
      `${where}: pk and sk must both be lists of properties (a multi-attribute key, e.g. { pk: ['orgId'], sk: ['createdAt'] }) or both key templates`,
    );
    return undefined;
  }
  const lists = { pk: given.pk as unknown[], sk: (given.sk ?? []) as unknown[] };
  let usable = true;
  for (const [side, list] of Object.entries(lists)) {
    for (const element of list) {
      if (typeof element !== 'string' || element === '') {
        problems.push(`${where} ${side}: ${JSON.stringify(element)} is not a property name`);
        usable = false;
      }
    }
  }
  return usable ? (lists as AttributeIndexKeys) : undefined;
}

/**
 * Builds an entity's metadata from its options and the (inherited) facts of its properties,
 * with every problem: a bad option, attribute or template does not stop the checks of the
 * others.
 */
export function buildEntityMetadata(
  target: Function,
  options: EntityOptions,
  properties: Map<string, PropertyFacts>,
  relations: RelationMetadata[],
): BuiltEntity {
  const className = target.name;
  const problems = checkOptions(className, options);
  const tableUsable = isTable(options.table);
  const relationProperties = new Set(relations.map((relation) => relation.propertyName));
  const built = buildAttributes(className, properties, relationProperties);
  problems.push(...built.problems);
  const { keys, indexes, attributeIndexes, unparsed } = parseTemplates(
    className,
    options,
    problems,
  );
  if (!tableUsable) return { problems };
  const draft = {
    table: options.table,
    attributes: built.attributes,
    keys,
    indexes,
    attributeIndexes,
    unparsed,
    untyped: built.untyped,
  };
  problems.push(...checkEntityKeys(draft, className), ...checkAttributeIndexKeys(draft, className));
  if (!keys.pk || unparsed.has('sk')) return { problems };
  const usableIndexes = Object.entries(indexes).filter(
    ([index, templates]) => templates.pk && !unparsed.has(`index ${index} sk`),
  );
  const metadata: EntityMetadata = {
    target,
    name: typeof options.name === 'string' && options.name !== '' ? options.name : className,
    table: options.table,
    keys: keys as EntityKeyTemplates,
    indexes: Object.fromEntries(usableIndexes) as Record<string, EntityKeyTemplates>,
    attributeIndexes,
    attributes: built.attributes,
    relations,
    schemaVersion: options.version ?? 1,
    migrations: options.migrations ?? {},
  };
  return { metadata, problems };
}

function isTable(table: unknown): table is EntityOptions['table'] {
  return (
    typeof table === 'object' &&
    table !== null &&
    typeof (table as { partitionKey?: unknown }).partitionKey === 'string'
  );
}
