export { MonotableHealthIndicator } from './monotable-health.indicator';
export type { MonotableHealthResult, MonotablePingCheckOptions } from './monotable-health.indicator';
