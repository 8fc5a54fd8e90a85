import { indexKeyAttributeTypes, type EntityMetadata, type Table } from '@monotable/core';
import type { Model } from '../load';
import type { EntityDesign, IndexDesign, TableDesign } from './design-shapes';

export type { EntityDesign, IndexDesign, RelationDesign, TableDesign } from './design-shapes';

function entityName(target: () => Function, byClass: Map<Function, string>): string {
  const resolved = target();
  return byClass.get(resolved) ?? resolved?.name ?? '?';
}

function describeEntity(meta: EntityMetadata, byClass: Map<Function, string>): EntityDesign {
  const indexes: EntityDesign['indexes'] = {};
  for (const [name, keys] of Object.entries(meta.indexes)) {
    indexes[name] = { pk: keys.pk?.source, sk: keys.sk?.source };
  }
  for (const [name, keys] of Object.entries(meta.attributeIndexes)) {
    indexes[name] = { pk: [...keys.pk], ...(keys.sk.length ? { sk: [...keys.sk] } : {}) };
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

function describeIndexes(table: Table, metadata: EntityMetadata[]): IndexDesign[] {
  const types = indexKeyAttributeTypes(table, metadata);
  return Object.entries(table.indexes).map(([name, index]) => {
    if (!table.isMultiAttributeIndex(name)) {
      const { partitionKey, sortKey } = table.keyAttributes(name);
      return {
        name,
        type: index.type ?? 'global',
        partitionKey,
        sortKey,
        projection: table.projectionOf(name),
      };
    }
    const { partitionKey, sortKey } = table.keySchema(name);
    const keyTypes = Object.fromEntries(
      [...partitionKey, ...sortKey]
        .filter((attribute) => types[attribute])
        .map((attribute) => [attribute, types[attribute]]),
    );
    return {
      name,
      type: index.type ?? 'global',
      partitionKey,
      ...(sortKey.length ? { sortKey } : {}),
      keyTypes,
      projection: table.projectionOf(name),
    };
  });
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
      schemaVersionAttribute: model.table.schemaVersionAttribute,
      ...(model.table.stream ? { stream: model.table.stream } : {}),
      indexes: describeIndexes(model.table, model.metadata),
    },
    entities: model.metadata.map((meta) => describeEntity(meta, byClass)),
  };
}
