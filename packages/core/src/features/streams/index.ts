export * from './stream-record';
export * from './entity-change';
export { readStreamChanges, type StreamModel } from './read-stream-changes';
export {
  buildStreamHandler,
  type ChangeHandlers,
  type OnChange,
  type OnChangeOptions,
  type StreamHandler,
} from './change-handlers';
