export { defineMigration } from './migrate/define-migration';
export type { MigrationDefinition } from './migrate/define-migration';
export type { TableDesign, EntityDesign, IndexDesign, RelationDesign } from './design';
