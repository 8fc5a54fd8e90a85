import { itemSize } from '../values';
import type { SecondaryIndex } from '../state/secondary-index';
import type { TableState } from '../state/table-state';
import { tableArn, type IndexDefinition, type KeyNames } from './table-definition';

/** A TableDescription in wire form (dates as epoch seconds). */
export type WireTableDescription = Record<string, unknown>;

/** The TableDescription DynamoDB returns from CreateTable, DescribeTable and friends. */
export function describeTable(table: TableState, status: 'ACTIVE' | 'DELETING' = 'ACTIVE'): WireTableDescription {
  const { definition } = table;
  const arn = tableArn(definition.name);
  const globalIndexes = [...table.indexes.values()].filter((index) => index.definition.kind === 'global');
  const localIndexes = [...table.indexes.values()].filter((index) => index.definition.kind === 'local');
  const description: WireTableDescription = {
    AttributeDefinitions: definition.attributeDefinitions.map((entry) => ({ ...entry })),
    TableName: definition.name,
    KeySchema: keySchema(definition.keys),
    TableStatus: status,
    CreationDateTime: definition.createdAtMs / 1000,
    ProvisionedThroughput: throughput(definition.provisionedThroughput),
    TableSizeBytes: table.sizeBytes,
    ItemCount: table.itemCount,
    TableArn: arn,
    TableId: definition.tableId,
  };
  if (definition.billingMode === 'PAY_PER_REQUEST') {
    description.BillingModeSummary = {
      BillingMode: 'PAY_PER_REQUEST',
      LastUpdateToPayPerRequestDateTime: definition.createdAtMs / 1000,
    };
  }
  if (localIndexes.length > 0) {
    description.LocalSecondaryIndexes = localIndexes.map((index) => ({ ...describeIndex(index, arn) }));
  }
  if (globalIndexes.length > 0) {
    description.GlobalSecondaryIndexes = globalIndexes.map((index) => ({
      ...describeIndex(index, arn),
      IndexStatus: 'ACTIVE',
      ProvisionedThroughput: throughput(index.definition.provisionedThroughput),
    }));
  }
  if (definition.streamSpecification) description.StreamSpecification = { ...definition.streamSpecification };
  if (definition.tableClass) description.TableClassSummary = { TableClass: definition.tableClass };
  description.DeletionProtectionEnabled = definition.deletionProtectionEnabled ?? false;
  return description;
}

function describeIndex(index: SecondaryIndex, arn: string) {
  let sizeBytes = 0;
  for (const entry of index.store.entries()) sizeBytes += itemSize(entry);
  return {
    IndexName: index.name,
    KeySchema: keySchema(index.definition.keys),
    Projection: projection(index.definition),
    IndexSizeBytes: sizeBytes,
    ItemCount: index.store.size,
    IndexArn: `${arn}/index/${index.name}`,
  };
}

function keySchema(keys: KeyNames) {
  const schema = [{ AttributeName: keys.partitionKey, KeyType: 'HASH' }];
  if (keys.sortKey) schema.push({ AttributeName: keys.sortKey, KeyType: 'RANGE' });
  return schema;
}

function projection(definition: IndexDefinition) {
  const { type, nonKeyAttributes } = definition.projection;
  return type === 'INCLUDE' ? { ProjectionType: type, NonKeyAttributes: [...(nonKeyAttributes ?? [])] } : { ProjectionType: type };
}

function throughput(settings: { ReadCapacityUnits: number; WriteCapacityUnits: number } | undefined) {
  return {
    NumberOfDecreasesToday: 0,
    ReadCapacityUnits: settings?.ReadCapacityUnits ?? 0,
    WriteCapacityUnits: settings?.WriteCapacityUnits ?? 0,
  };
}
