export * from './encode-cursor';
export * from './decode-cursor';
export type { CursorKeyValue } from './cursor-key-values';
