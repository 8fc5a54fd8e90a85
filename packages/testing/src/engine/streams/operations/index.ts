export { streamOperationHandlers, STREAM_OPERATIONS } from './stream-operation-handlers';
