export { MemoryDynamoDB, type MemoryDynamoDBOptions } from './memory-dynamodb';
export { EngineClock, type ClockSource } from './clock';
export { FaultInjector, type ThrottleFault, type UnprocessedFault } from './faults';
export type { RecordedRequest } from './request-recorder';
export type { EngineSnapshot } from './state/database';
export type { StateChange, StateChangeListener } from './state/state-change';
export type { EngineServer, HttpServerLimits } from './transport';
export type { StorageStats } from './storage/storage-stats';
export { EngineError, validationError, type EngineErrorType } from './errors';
export { serializeSnapshot, parseSnapshot } from './state/snapshot-codec';
export type {
  StreamEventBatch,
  StreamSubscription,
  StreamSubscriptions,
  SubscribeOptions,
  SubscribedHandler,
} from './streams/stream-subscriptions';
export type { LambdaStreamRecord } from './streams/lambda-event';
