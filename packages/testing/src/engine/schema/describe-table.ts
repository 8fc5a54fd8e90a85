import { javaHashOrder } from '../expressions/java-hash-order';
import { itemSize } from '../values';
import type { SecondaryIndex } from '../state/secondary-index';
import type { TableState } from '../state/table-state';
import { streamArn, type TableStreamSetting } from '../streams/stream-setting';
import { tableArn, type IndexDefinition, type KeyNames, type ProvisionedThroughputSettings } from './table-definition';

/** A TableDescription in wire form (dates as epoch seconds). */
export type WireTableDescription = Record<string, unknown>;

/**
 * The TableDescription DynamoDB returns from CreateTable, DescribeTable and friends, shaped like
 * DynamoDB Local's (which lists indexes in Java HashMap order).
 */
export function describeTable(table: TableState): WireTableDescription {
  const { definition } = table;
  const indexes = javaHashOrder([...table.indexes.keys()]).map((name) => table.indexes.get(name)!);
  const globalIndexes = indexes.filter((index) => index.definition.kind === 'global');
  const localIndexes = indexes.filter((index) => index.definition.kind === 'local');
  const description: WireTableDescription = {
    AttributeDefinitions: definition.attributeDefinitions.map((entry) => ({ ...entry })),
    TableName: definition.name,
    KeySchema: keySchema(definition.keys),
    TableStatus: 'ACTIVE',
    CreationDateTime: definition.createdAtMs / 1000,
    ProvisionedThroughput: {
      LastIncreaseDateTime: 0,
      LastDecreaseDateTime: 0,
      NumberOfDecreasesToday: 0,
      ReadCapacityUnits: definition.provisionedThroughput?.ReadCapacityUnits ?? 0,
      WriteCapacityUnits: definition.provisionedThroughput?.WriteCapacityUnits ?? 0,
    },
    TableSizeBytes: table.sizeBytes,
    ItemCount: table.itemCount,
    TableArn: tableArn(definition.name),
    TableId: definition.tableId,
  };
  if (definition.payPerRequestSinceMs !== undefined) {
    description.BillingModeSummary = {
      BillingMode: definition.billingMode,
      LastUpdateToPayPerRequestDateTime: definition.payPerRequestSinceMs / 1000,
    };
  }
  if (localIndexes.length > 0) description.LocalSecondaryIndexes = localIndexes.map((index) => describeLocalIndex(index, table.name));
  if (globalIndexes.length > 0) description.GlobalSecondaryIndexes = globalIndexes.map((index) => describeGlobalIndex(index, table.name));
  if (definition.stream) Object.assign(description, describeStream(definition.name, definition.stream));
  if (definition.tableClass) description.TableClassSummary = { TableClass: definition.tableClass };
  description.DeletionProtectionEnabled = definition.deletionProtectionEnabled ?? false;
  return description;
}

export function describeGlobalIndex(index: SecondaryIndex, tableName: string): Record<string, unknown> {
  const described: Record<string, unknown> = {
    IndexName: index.name,
    KeySchema: keySchema(index.definition.keys),
    Projection: projection(index.definition),
    IndexStatus: 'ACTIVE',
  };
  if (index.definition.provisionedThroughput) described.ProvisionedThroughput = throughput(index.definition.provisionedThroughput);
  if (index.definition.onDemandThroughput) described.OnDemandThroughput = { ...index.definition.onDemandThroughput };
  return { ...described, ...indexStatistics(index), IndexArn: indexArn(tableName, index.name) };
}

function describeLocalIndex(index: SecondaryIndex, tableName: string): Record<string, unknown> {
  return {
    IndexName: index.name,
    KeySchema: keySchema(index.definition.keys),
    Projection: projection(index.definition),
    ...indexStatistics(index),
    IndexArn: indexArn(tableName, index.name),
  };
}

export function indexArn(tableName: string, indexName: string): string {
  return `${tableArn(tableName)}/index/${indexName}`;
}

/**
 * DynamoDB sizes an index entry as its keys (table and index) and projected attributes, plus 100
 * bytes of overhead ("Storage considerations" of the GSI and LSI guides). DynamoDB Local counts
 * the whole table item instead, and DynamoDB refreshes the figure only every six hours, so the
 * conformance suite does not compare it.
 */
const INDEX_ENTRY_OVERHEAD_BYTES = 100;

function indexStatistics(index: SecondaryIndex): { IndexSizeBytes: number; ItemCount: number } {
  let sizeBytes = 0;
  for (const entry of index.store.entries()) sizeBytes += itemSize(entry) + INDEX_ENTRY_OVERHEAD_BYTES;
  return { IndexSizeBytes: sizeBytes, ItemCount: index.store.size };
}

export function keySchema(keys: KeyNames): { AttributeName: string; KeyType: string }[] {
  return [
    ...keys.partitionKeys.map((name) => ({ AttributeName: name, KeyType: 'HASH' })),
    ...keys.sortKeys.map((name) => ({ AttributeName: name, KeyType: 'RANGE' })),
  ];
}

export function projection(definition: IndexDefinition): Record<string, unknown> {
  const { type, nonKeyAttributes } = definition.projection;
  return type === 'INCLUDE' ? { ProjectionType: type, NonKeyAttributes: [...(nonKeyAttributes ?? [])] } : { ProjectionType: type };
}

function throughput(settings: ProvisionedThroughputSettings): Record<string, number> {
  return { ReadCapacityUnits: settings.ReadCapacityUnits, WriteCapacityUnits: settings.WriteCapacityUnits };
}

/** A table's stream as DescribeTable shows it: the specification while enabled, the latest label and ARN always. */
function describeStream(tableName: string, stream: TableStreamSetting): Record<string, unknown> {
  return {
    ...(stream.enabled ? { StreamSpecification: { StreamEnabled: true, StreamViewType: stream.viewType } } : {}),
    LatestStreamLabel: stream.label,
    LatestStreamArn: streamArn(tableName, stream.label),
  };
}
