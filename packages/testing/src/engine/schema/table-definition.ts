import type { TableStreamSetting } from '../streams/stream-setting';

/** The key attribute types DynamoDB allows. */
export type ScalarAttributeType = 'S' | 'N' | 'B';

/**
 * Names of the key attributes of a table or index, in KeySchema order. A table or LSI has one
 * partition key and at most one sort key; a GSI may have up to four of each (a multi-attribute
 * key: every attribute stays a separate typed value, compared in order).
 */
export interface KeyNames {
  partitionKeys: string[];
  sortKeys: string[];
}

export type ProjectionType = 'ALL' | 'KEYS_ONLY' | 'INCLUDE';

export interface ProvisionedThroughputSettings {
  ReadCapacityUnits: number;
  WriteCapacityUnits: number;
}

export interface IndexDefinition {
  name: string;
  kind: 'global' | 'local';
  keys: KeyNames;
  projection: { type: ProjectionType; nonKeyAttributes?: string[] };
  provisionedThroughput?: ProvisionedThroughputSettings;
  /** Reported for a GSI added by UpdateTable to an on-demand table (unlimited: -1), as DynamoDB Local does. */
  onDemandThroughput?: { MaxReadRequestUnits: number; MaxWriteRequestUnits: number };
}

export interface TimeToLiveSetting {
  attributeName: string;
  enabled: boolean;
}

/**
 * Everything the engine knows about a table apart from its items. Plain JSON, so that a
 * snapshot or a persisted file is simply this plus the items.
 */
export interface TableDefinition {
  name: string;
  tableId: string;
  keys: KeyNames;
  /** As given to CreateTable (order kept for DescribeTable). */
  attributeDefinitions: { AttributeName: string; AttributeType: ScalarAttributeType }[];
  billingMode: 'PROVISIONED' | 'PAY_PER_REQUEST';
  provisionedThroughput?: ProvisionedThroughputSettings;
  indexes: IndexDefinition[];
  createdAtMs: number;
  /** When the table last switched to PAY_PER_REQUEST (DynamoDB reports it in BillingModeSummary). */
  payPerRequestSinceMs?: number;
  timeToLive?: TimeToLiveSetting;
  /** The table's latest stream (enabled or not); absent if it never had one. */
  stream?: TableStreamSetting;
  deletionProtectionEnabled?: boolean;
  tableClass?: string;
}

/** The type a key attribute was declared with. */
export function attributeTypeOf(definition: TableDefinition, name: string): ScalarAttributeType | undefined {
  return definition.attributeDefinitions.find((entry) => entry.AttributeName === name)?.AttributeType;
}

/** The key names of the table, or of one of its indexes. */
export function keyNamesOf(definition: TableDefinition, indexName?: string): KeyNames {
  if (!indexName) return definition.keys;
  const index = definition.indexes.find((candidate) => candidate.name === indexName);
  if (!index) throw new Error(`No index ${indexName}`);
  return index.keys;
}

export function keyAttributeNames(keys: KeyNames): string[] {
  return [...keys.partitionKeys, ...keys.sortKeys];
}

/** Whether a key has more than one partition-key or sort-key attribute (GSIs only). */
export function isMultiAttributeKey(keys: KeyNames): boolean {
  return keys.partitionKeys.length > 1 || keys.sortKeys.length > 1;
}

export function tableArn(tableName: string): string {
  return `arn:aws:dynamodb:ddblocal:000000000000:table/${tableName}`;
}
