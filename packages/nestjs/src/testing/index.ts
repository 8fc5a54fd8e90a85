// `@monotable/nestjs/testing`: needs `@monotable/testing` (a dev dependency of your tests).
export { MonotableTestingModule } from './monotable-testing.module';
export type { MonotableTestingModuleOptions } from './monotable-testing.module';
export { MonotableTestingHarness } from './monotable-testing.harness';
