import 'reflect-metadata';

export * from './model/errors';
export * from './model/table';
export * from './model/decorators';
export { Edges, Keys, OptionalProps } from './model/entity/declared-keys';
export type { IndexKeyDeclaration, KeyTemplates } from './model/entity/declared-keys';
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
} from './requests/expressions';
export type { Condition, Operators, UpdateChanges } from './requests/expressions';
export * from './api';
export type {
  ChangeHandlers,
  EntityChange,
  OnChange,
  OnChangeOptions,
  StreamBatchResponse,
  StreamChanges,
  StreamEvent,
  StreamHandler,
  StreamRecord,
  StreamViewType,
  UnknownChange,
} from './features/streams';
export * from './requests/options';
export { MAX_TRANSACTION_ITEMS } from './runtime/run-transaction';
export type {
  DynamoRequest,
  RequestLogEvent,
  MonotableLogger,
  RetryReason,
} from './runtime/request-executor';
export type { RetryPolicy } from './runtime/retry';
export { BatchGetError } from './runtime/batch';
export { getEntityMetadata, isEntity } from './model/metadata';
export type {
  EntityMetadata,
  AttributeMetadata,
  AttributeType,
  AttributeIndexKeys,
  KeyTemplate,
} from './model/metadata/types';
export type {
  EntityOptions,
  IndexKeyOptions,
  AttributeOptions,
  RelationOptions,
  ManyToManyOptions,
} from './model/metadata';
export { validateEntities } from './model/metadata';
export { indexKeyAttributeTypes } from './model/metadata/index-key-types';
export type { SortKeyCondition } from './model/keys';
export type { RelationKey, Related, WithRelations } from './model/relations/relation-types';
export { UNIQUE_MARKER_TYPE } from './requests/unique';
export { fileCheckpoint, tableCheckpoint } from './features/migrations';
export type {
  Checkpoint,
  CheckpointStore,
  CheckpointContext,
  SegmentPosition,
  MigrateOptions,
  MigrationReport,
  MigrationTransform,
} from './features/migrations';
