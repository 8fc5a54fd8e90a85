import 'reflect-metadata';

export * from './errors';
export * from './table';
export * from './decorators';
export {
  increment,
  decrement,
  append,
  prepend,
  addToSet,
  removeFromSet,
  remove,
  ifNotExists,
  UpdateOperator,
  InvalidExpressionError,
} from './expressions';
export type { Condition, Operators, UpdateChanges } from './expressions';
export * from './client';
export * from './repository';
export { TransactionBuilder, MAX_TRANSACTION_ITEMS } from './transactions';
export type {
  DynamoRequest,
  RequestLogEvent,
  MonotableLogger,
} from './operations/request-executor';
export type { RetryPolicy } from './batching';
export { BatchGetError } from './batching';
export { getEntityMetadata, isEntity } from './metadata';
export type {
  EntityMetadata,
  AttributeMetadata,
  AttributeType,
  KeyTemplate,
} from './metadata/types';
export type {
  EntityOptions,
  AttributeOptions,
  RelationOptions,
  ManyToManyOptions,
} from './metadata';
export { validateEntities } from './metadata';
export type { SortKeyCondition } from './keys';
export { RelationHandle } from './relations';
export type { RelationListOptions, RelationKey, Related, WithRelations } from './relations';
export { UNIQUE_MARKER_TYPE } from './unique';
export { fileCheckpoint, tableCheckpoint } from './migrations';
export type {
  Checkpoint,
  CheckpointStore,
  CheckpointContext,
  SegmentPosition,
  MigrateOptions,
  MigrationReport,
  MigrationTransform,
} from './migrations';
