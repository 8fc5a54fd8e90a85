import type {
  CreateTableInput,
  DeleteTableInput,
  DescribeTableInput,
  DescribeTimeToLiveInput,
  ListTablesInput,
  UpdateTableInput,
  UpdateTimeToLiveInput,
} from '@aws-sdk/client-dynamodb';
import { BOOLEAN, INTEGER, STRING, structure } from './shape';
import {
  ATTRIBUTE_DEFINITIONS,
  GLOBAL_SECONDARY_INDEXES,
  GLOBAL_SECONDARY_INDEX_UPDATES,
  GLOBAL_TABLE_WITNESS_UPDATES,
  KEY_SCHEMA,
  LOCAL_SECONDARY_INDEXES,
  ON_DEMAND_THROUGHPUT,
  PROVISIONED_THROUGHPUT,
  REPLICA_UPDATES,
  SSE_SPECIFICATION,
  STREAM_SPECIFICATION,
  TAGS,
  TIME_TO_LIVE_SPECIFICATION,
  VECTOR_INDEXES,
  VECTOR_INDEX_UPDATES,
  WARM_THROUGHPUT,
} from './table-shapes';

/** CreateTable, UpdateTable, DeleteTable, DescribeTable, ListTables and the TTL requests. */

export const CREATE_TABLE = structure<CreateTableInput>({
  AttributeDefinitions: ATTRIBUTE_DEFINITIONS,
  TableName: STRING,
  KeySchema: KEY_SCHEMA,
  LocalSecondaryIndexes: LOCAL_SECONDARY_INDEXES,
  GlobalSecondaryIndexes: GLOBAL_SECONDARY_INDEXES,
  BillingMode: STRING,
  ProvisionedThroughput: PROVISIONED_THROUGHPUT,
  StreamSpecification: STREAM_SPECIFICATION,
  SSESpecification: SSE_SPECIFICATION,
  Tags: TAGS,
  TableClass: STRING,
  DeletionProtectionEnabled: BOOLEAN,
  WarmThroughput: WARM_THROUGHPUT,
  ResourcePolicy: STRING,
  OnDemandThroughput: ON_DEMAND_THROUGHPUT,
  GlobalTableSourceArn: STRING,
  GlobalTableSettingsReplicationMode: STRING,
  VectorIndexes: VECTOR_INDEXES,
});

export const UPDATE_TABLE = structure<UpdateTableInput>({
  AttributeDefinitions: ATTRIBUTE_DEFINITIONS,
  TableName: STRING,
  BillingMode: STRING,
  ProvisionedThroughput: PROVISIONED_THROUGHPUT,
  GlobalSecondaryIndexUpdates: GLOBAL_SECONDARY_INDEX_UPDATES,
  StreamSpecification: STREAM_SPECIFICATION,
  SSESpecification: SSE_SPECIFICATION,
  ReplicaUpdates: REPLICA_UPDATES,
  TableClass: STRING,
  DeletionProtectionEnabled: BOOLEAN,
  MultiRegionConsistency: STRING,
  GlobalTableWitnessUpdates: GLOBAL_TABLE_WITNESS_UPDATES,
  OnDemandThroughput: ON_DEMAND_THROUGHPUT,
  WarmThroughput: WARM_THROUGHPUT,
  GlobalTableSettingsReplicationMode: STRING,
  DisassociationProtectionEnabled: BOOLEAN,
  VectorIndexUpdates: VECTOR_INDEX_UPDATES,
});

const TABLE_NAME_ONLY = { TableName: STRING };

export const DELETE_TABLE = structure<DeleteTableInput>(TABLE_NAME_ONLY);
export const DESCRIBE_TABLE = structure<DescribeTableInput>(TABLE_NAME_ONLY);
export const DESCRIBE_TIME_TO_LIVE = structure<DescribeTimeToLiveInput>(TABLE_NAME_ONLY);

export const LIST_TABLES = structure<ListTablesInput>({
  ExclusiveStartTableName: STRING,
  Limit: INTEGER,
});

export const UPDATE_TIME_TO_LIVE = structure<UpdateTimeToLiveInput>({
  TableName: STRING,
  TimeToLiveSpecification: TIME_TO_LIVE_SPECIFICATION,
});
