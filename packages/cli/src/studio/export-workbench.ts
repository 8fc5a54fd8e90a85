import type { AttributeView, ModelView } from './model-view';

/** DynamoDB attribute types of the studio's attribute types, as NoSQL Workbench spells them. */
const WORKBENCH_TYPES: Record<string, string> = {
  string: 'S',
  number: 'N',
  boolean: 'BOOL',
  date: 'S',
  map: 'M',
  list: 'L',
  set: 'SS',
  binary: 'B',
  any: 'S',
};

const workbenchType = (attribute: AttributeView) =>
  // A TTL is epoch seconds, whatever its property type.
  attribute.role === 'ttl' ? 'N' : (WORKBENCH_TYPES[attribute.type] ?? 'S');

const keyText = (key: string | string[] | undefined) =>
  Array.isArray(key) ? key.join(' + ') : key;

/**
 * The model as a NoSQL Workbench data model (format 3.0): the table with its key attributes and
 * global secondary indexes, one facet per entity whose key aliases are the entity's key templates.
 * Import it in Workbench's data modeler to open the design there.
 */
export function renderWorkbenchModel(view: ModelView, now: Date = new Date()): object {
  const { table } = view;
  const byName = new Map<string, string>();
  for (const entity of view.entities) {
    for (const attribute of entity.attributes) {
      byName.set(attribute.attribute ?? attribute.property, workbenchType(attribute));
    }
  }
  const keyAttribute = (name: string) => ({ AttributeName: name, AttributeType: 'S' });
  const gsis = table.indexes.filter(
    (index) => index.type === 'global' && typeof index.partitionKey === 'string',
  );
  const indexKeys = new Set(gsis.flatMap((index) => [index.partitionKey, index.sortKey]));
  return {
    ModelName: table.name,
    ModelMetadata: {
      Author: 'monotable studio',
      DateCreated: now.toDateString(),
      DateLastModified: now.toDateString(),
      Description: `The single table ${table.name}, exported from its monotable entities`,
      AWSService: 'Amazon DynamoDB',
      Version: '3.0',
    },
    DataModel: [
      {
        TableName: table.name,
        KeyAttributes: {
          PartitionKey: keyAttribute(table.partitionKey),
          ...(table.sortKey ? { SortKey: keyAttribute(table.sortKey) } : {}),
        },
        NonKeyAttributes: [
          { AttributeName: table.entityTypeAttribute, AttributeType: 'S' },
          { AttributeName: table.schemaVersionAttribute, AttributeType: 'N' },
          ...[...indexKeys].filter(Boolean).map((name) => keyAttribute(name as string)),
          ...[...byName].map(([AttributeName, AttributeType]) => ({
            AttributeName,
            AttributeType,
          })),
        ],
        TableFacets: view.entities.map((entity) => ({
          FacetName: entity.name,
          KeyAttributeAlias: {
            PartitionKeyAlias: entity.pk,
            ...(entity.sk ? { SortKeyAlias: entity.sk } : {}),
          },
          TableData: [],
          NonKeyAttributes: [
            table.entityTypeAttribute,
            ...entity.attributes.map((attribute) => attribute.attribute ?? attribute.property),
            ...Object.entries(entity.indexes).flatMap(([name]) => {
              const index = gsis.find((candidate) => candidate.name === name);
              return index ? [index.partitionKey, index.sortKey].filter(Boolean).map(String) : [];
            }),
          ],
          DataAccess: { MySql: {} },
        })),
        GlobalSecondaryIndexes: gsis.map((index) => ({
          IndexName: index.name,
          KeyAttributes: {
            PartitionKey: keyAttribute(keyText(index.partitionKey)!),
            ...(index.sortKey ? { SortKey: keyAttribute(keyText(index.sortKey)!) } : {}),
          },
          Projection: {
            ProjectionType: Array.isArray(index.projection) ? 'INCLUDE' : index.projection,
            ...(Array.isArray(index.projection) ? { NonKeyAttributes: index.projection } : {}),
          },
        })),
        TableData: [],
        DataAccess: { MySql: {} },
        BillingMode: 'PAY_PER_REQUEST',
      },
    ],
  };
}
