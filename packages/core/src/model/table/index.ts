export * from './table';
export type { IndexKeyAttribute, KeyAttributeType } from './index-key-attributes';
