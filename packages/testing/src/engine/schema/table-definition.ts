/** The key attribute types DynamoDB allows. */
export type ScalarAttributeType = 'S' | 'N' | 'B';

/** Names of the key attributes of a table or index. */
export interface KeyNames {
  partitionKey: string;
  sortKey?: string;
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
  /** Settings DynamoDB echoes back but the engine does not act on. */
  streamSpecification?: Record<string, unknown>;
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
  return keys.sortKey ? [keys.partitionKey, keys.sortKey] : [keys.partitionKey];
}

export function tableArn(tableName: string): string {
  return `arn:aws:dynamodb:ddblocal:000000000000:table/${tableName}`;
}
