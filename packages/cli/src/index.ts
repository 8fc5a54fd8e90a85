export { defineMigration } from './migrate/define-migration';
export type { MigrationDefinition } from './migrate/define-migration';
export type { TableDesign, EntityDesign, IndexDesign, RelationDesign } from './design';
export { startStudio, DEFAULT_STUDIO_PORT } from './studio';
export type { Studio, StudioOptions, AccessPattern, ModelView, EntityView } from './studio';
