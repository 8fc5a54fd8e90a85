export { MemoryDynamoDB, type MemoryDynamoDBOptions } from './memory-dynamodb';
export { EngineClock, type ClockSource } from './clock';
export { FaultInjector, type ThrottleFault, type UnprocessedFault } from './faults';
export type { RecordedRequest } from './request-recorder';
export type { EngineSnapshot } from './state/database';
export type { EngineServer } from './transport';
export type { StorageStats } from './storage/storage-stats';
export { EngineError, validationError, type EngineErrorType } from './errors';
export { serializeSnapshot, parseSnapshot } from './state/snapshot-codec';
