export { startStudio, DEFAULT_STUDIO_PORT, STUDIO_HOST } from './start-studio';
export type { Studio, StudioOptions } from './start-studio';
export type { AccessPattern } from './access-patterns';
export type { ModelView, EntityView } from './model-view';
