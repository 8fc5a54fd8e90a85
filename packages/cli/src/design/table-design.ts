import type { EntityMetadata, Table } from '@monotable/core';
import type { Model } from '../load';

/** How one index is keyed and what it copies. */
export interface IndexDesign {
  name: string;
  type: 'global' | 'local';
  partitionKey: string;
  sortKey?: string;
  projection: string | string[];
}

export interface RelationDesign {
  property: string;
  kind: string;
  target: string;
  /** The edge entity of a many-to-many relation. */
  through?: string;
}

export interface EntityDesign {
  name: string;
  className: string;
  version: number;
  pk: string;
  sk?: string;
  /** Index name → key templates, for the indexes the entity writes. */
  indexes: Record<string, { pk?: string; sk?: string }>;
  relations: RelationDesign[];
}

/** The design of a single table: what `monotable describe` shows (and prints as JSON). */
export interface TableDesign {
  table: {
    name: string;
    partitionKey: string;
    sortKey?: string;
    entityTypeAttribute: string;
    indexes: IndexDesign[];
  };
  entities: EntityDesign[];
}

function entityName(target: () => Function, byClass: Map<Function, string>): string {
  const resolved = target();
  return byClass.get(resolved) ?? resolved?.name ?? '?';
}

function describeEntity(meta: EntityMetadata, byClass: Map<Function, string>): EntityDesign {
  const indexes: EntityDesign['indexes'] = {};
  for (const [name, keys] of Object.entries(meta.indexes)) {
    indexes[name] = { pk: keys.pk?.source, sk: keys.sk?.source };
  }
  return {
    name: meta.name,
    className: meta.target.name,
    version: meta.schemaVersion,
    pk: meta.keys.pk.source,
    sk: meta.keys.sk?.source,
    indexes,
    relations: meta.relations.map((relation) => ({
      property: relation.propertyName,
      kind: relation.kind,
      target: entityName(relation.target, byClass),
      ...(relation.through ? { through: entityName(relation.through, byClass) } : {}),
    })),
  };
}

function describeIndexes(table: Table): IndexDesign[] {
  return Object.entries(table.indexes).map(([name, index]) => ({
    name,
    type: index.type ?? 'global',
    partitionKey: index.partitionKey,
    sortKey: index.sortKey,
    projection: index.projection ?? 'ALL',
  }));
}

/** The table and each entity's key templates, index keys and relations. */
export function buildTableDesign(model: Model): TableDesign {
  const byClass = new Map(model.metadata.map((meta) => [meta.target, meta.name]));
  return {
    table: {
      name: model.tableName,
      partitionKey: model.table.partitionKey,
      sortKey: model.table.sortKey,
      entityTypeAttribute: model.table.entityTypeAttribute,
      indexes: describeIndexes(model.table),
    },
    entities: model.metadata.map((meta) => describeEntity(meta, byClass)),
  };
}
