export * from './legacy-conditions';
export * from './legacy-updates';
export * from './legacy-parameters';
