export { assertUniqueConnectionName } from './assert-unique-connection-name';
export { collectFeatureEntities } from './feature-entities';
export type { FeatureEntities } from './feature-entities';
export { createMonotableConnection } from './create-monotable-connection';
export { createTableIfMissing } from './create-table-if-missing';
export { closeMonotableConnection } from './close-monotable-connection';
