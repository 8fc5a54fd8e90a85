import type {
  AttributeDefinition,
  CreateGlobalSecondaryIndexAction,
  CreateGlobalTableWitnessGroupMemberAction,
  CreateReplicationGroupMemberAction,
  CreateVectorIndexAction,
  DeleteGlobalSecondaryIndexAction,
  DeleteGlobalTableWitnessGroupMemberAction,
  DeleteReplicationGroupMemberAction,
  DeleteVectorIndexAction,
  DisassociateReplicationGroupMemberAction,
  GlobalSecondaryIndex,
  GlobalSecondaryIndexUpdate,
  GlobalTableWitnessGroupUpdate,
  KeySchemaElement,
  LocalSecondaryIndex,
  OnDemandThroughput,
  OnDemandThroughputOverride,
  Projection,
  ProvisionedThroughput,
  ProvisionedThroughputOverride,
  ReplicaGlobalSecondaryIndex,
  ReplicationGroupUpdate,
  SearchSchemaElement,
  SSESpecification,
  StreamSpecification,
  Tag,
  TimeToLiveSpecification,
  UpdateGlobalSecondaryIndexAction,
  UpdateReplicationGroupMemberAction,
  VectorAttributeDefinition,
  VectorIndex,
  VectorIndexUpdate,
  WarmThroughput,
} from '@aws-sdk/client-dynamodb';
import {
  BOOLEAN,
  INTEGER,
  LONG,
  STRING,
  list,
  structure,
  type ListShape,
  type StructureShape,
} from './shape';

/** The parts of CreateTable and UpdateTable requests: key schema, indexes, throughput, ... */

export const ATTRIBUTE_DEFINITIONS: ListShape = list(
  structure<AttributeDefinition>({ AttributeName: STRING, AttributeType: STRING }),
);

export const KEY_SCHEMA: ListShape = list(
  structure<KeySchemaElement>({ AttributeName: STRING, KeyType: STRING }),
);

export const PROJECTION = structure<Projection>({
  ProjectionType: STRING,
  NonKeyAttributes: list(STRING),
});

export const PROVISIONED_THROUGHPUT = structure<ProvisionedThroughput>({
  ReadCapacityUnits: LONG,
  WriteCapacityUnits: LONG,
});

export const ON_DEMAND_THROUGHPUT = structure<OnDemandThroughput>({
  MaxReadRequestUnits: LONG,
  MaxWriteRequestUnits: LONG,
});

export const WARM_THROUGHPUT = structure<WarmThroughput>({
  ReadUnitsPerSecond: LONG,
  WriteUnitsPerSecond: LONG,
});

export const STREAM_SPECIFICATION = structure<StreamSpecification>({
  StreamEnabled: BOOLEAN,
  StreamViewType: STRING,
});

export const SSE_SPECIFICATION = structure<SSESpecification>({
  Enabled: BOOLEAN,
  SSEType: STRING,
  KMSMasterKeyId: STRING,
});

export const TAGS: ListShape = list(structure<Tag>({ Key: STRING, Value: STRING }));

export const TIME_TO_LIVE_SPECIFICATION = structure<TimeToLiveSpecification>({
  Enabled: BOOLEAN,
  AttributeName: STRING,
});

export const LOCAL_SECONDARY_INDEXES: ListShape = list(
  structure<LocalSecondaryIndex>({
    IndexName: STRING,
    KeySchema: KEY_SCHEMA,
    Projection: PROJECTION,
  }),
);

const GLOBAL_SECONDARY_INDEX = structure<GlobalSecondaryIndex & CreateGlobalSecondaryIndexAction>({
  IndexName: STRING,
  KeySchema: KEY_SCHEMA,
  Projection: PROJECTION,
  ProvisionedThroughput: PROVISIONED_THROUGHPUT,
  OnDemandThroughput: ON_DEMAND_THROUGHPUT,
  WarmThroughput: WARM_THROUGHPUT,
});

export const GLOBAL_SECONDARY_INDEXES: ListShape = list(GLOBAL_SECONDARY_INDEX);

export const GLOBAL_SECONDARY_INDEX_UPDATES: ListShape = list(
  structure<GlobalSecondaryIndexUpdate>({
    Create: GLOBAL_SECONDARY_INDEX,
    Update: structure<UpdateGlobalSecondaryIndexAction>({
      IndexName: STRING,
      ProvisionedThroughput: PROVISIONED_THROUGHPUT,
      OnDemandThroughput: ON_DEMAND_THROUGHPUT,
      WarmThroughput: WARM_THROUGHPUT,
    }),
    Delete: structure<DeleteGlobalSecondaryIndexAction>({ IndexName: STRING }),
  }),
);

const VECTOR_INDEX = structure<VectorIndex & CreateVectorIndexAction>({
  IndexName: STRING,
  VectorAttribute: structure<VectorAttributeDefinition>({ AttributeName: STRING }),
  SearchSchema: list(
    structure<SearchSchemaElement>({ AttributeName: STRING, SearchSchemaElementType: STRING }),
  ),
  Projection: PROJECTION,
  Dimensions: INTEGER,
  DistanceFunction: STRING,
});

export const VECTOR_INDEXES: ListShape = list(VECTOR_INDEX);

export const VECTOR_INDEX_UPDATES: ListShape = list(
  structure<VectorIndexUpdate>({
    Create: VECTOR_INDEX,
    Delete: structure<DeleteVectorIndexAction>({ IndexName: STRING }),
  }),
);

const REGION = structure<
  DeleteReplicationGroupMemberAction &
    CreateGlobalTableWitnessGroupMemberAction &
    DeleteGlobalTableWitnessGroupMemberAction
>({ RegionName: STRING });

const PROVISIONED_THROUGHPUT_OVERRIDE = structure<ProvisionedThroughputOverride>({
  ReadCapacityUnits: LONG,
});

const ON_DEMAND_THROUGHPUT_OVERRIDE = structure<OnDemandThroughputOverride>({
  MaxReadRequestUnits: LONG,
});

const REPLICA_MEMBER: StructureShape = structure<
  CreateReplicationGroupMemberAction & UpdateReplicationGroupMemberAction
>({
  RegionName: STRING,
  KMSMasterKeyId: STRING,
  ProvisionedThroughputOverride: PROVISIONED_THROUGHPUT_OVERRIDE,
  OnDemandThroughputOverride: ON_DEMAND_THROUGHPUT_OVERRIDE,
  GlobalSecondaryIndexes: list(
    structure<ReplicaGlobalSecondaryIndex>({
      IndexName: STRING,
      ProvisionedThroughputOverride: PROVISIONED_THROUGHPUT_OVERRIDE,
      OnDemandThroughputOverride: ON_DEMAND_THROUGHPUT_OVERRIDE,
    }),
  ),
  TableClassOverride: STRING,
});

export const REPLICA_UPDATES: ListShape = list(
  structure<ReplicationGroupUpdate>({
    Create: REPLICA_MEMBER,
    Update: REPLICA_MEMBER,
    Delete: REGION,
    Disassociate: structure<DisassociateReplicationGroupMemberAction>({
      RegionName: STRING,
      DisassociationMode: STRING,
    }),
  }),
);

export const GLOBAL_TABLE_WITNESS_UPDATES: ListShape = list(
  structure<GlobalTableWitnessGroupUpdate>({ Create: REGION, Delete: REGION }),
);
