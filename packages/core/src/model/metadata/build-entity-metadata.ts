import { ConfigurationError } from '../errors';
import { parseKeyTemplate } from '../keys/parse-key-template';
import { buildAttributes } from './build-attributes';
import { checkEntityKeys } from './check-entity-keys';
import type { EntityOptions } from './options';
import type { PropertyFacts } from './property-facts';
import type { EntityKeyTemplates, EntityMetadata, KeyTemplate, RelationMetadata } from './types';

/** Metadata of an entity, or why it could not be built; problems are reported at startup. */
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

function parseTemplates(className: string, options: EntityOptions, problems: string[]) {
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
      problems.push(`${className} ${label}: ${error.message}`);
      return undefined;
    }
  };
  const keys = { pk: parse('pk', options.pk, true), sk: parse('sk', options.sk, false) };
  const indexes: Record<string, Partial<EntityKeyTemplates>> = {};
  for (const [index, templates] of Object.entries(options.indexes ?? {})) {
    indexes[index] = {
      pk: parse(`index ${index} pk`, templates?.pk, true),
      sk: parse(`index ${index} sk`, templates?.sk, false),
    };
  }
  return { keys, indexes };
}

/** Builds an entity's metadata from its options and the (inherited) facts of its properties. */
export function buildEntityMetadata(
  target: Function,
  options: EntityOptions,
  properties: Map<string, PropertyFacts>,
  relations: RelationMetadata[],
): BuiltEntity {
  const className = target.name;
  const problems = checkOptions(className, options);
  const relationProperties = new Set(relations.map((relation) => relation.propertyName));
  const built = buildAttributes(className, properties, relationProperties);
  problems.push(...built.problems);
  const { keys, indexes } = parseTemplates(className, options, problems);
  if (problems.length) return { problems };
  const metadata: EntityMetadata = {
    target,
    name: options.name ?? className,
    table: options.table,
    keys: keys as EntityKeyTemplates,
    indexes: indexes as Record<string, EntityKeyTemplates>,
    attributes: built.attributes,
    relations,
    schemaVersion: options.version ?? 1,
    migrations: options.migrations ?? {},
  };
  problems.push(...checkEntityKeys(metadata, className));
  return problems.length ? { problems } : { metadata, problems };
}
