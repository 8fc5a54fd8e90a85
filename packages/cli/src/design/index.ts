export * from './design-grid';
export * from './table-design';
