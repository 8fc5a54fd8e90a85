import { ValidationPipe, type INestApplication, type ModuleMetadata } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { MonotableExceptionFilter } from '../../src';

/**
 * Boots a tiny Nest HTTP app the way a user's main.ts would: ValidationPipe and
 * MonotableExceptionFilter installed globally. `customize` may override providers.
 */
export async function createHttpApp(
  imports: NonNullable<ModuleMetadata['imports']>,
  options: {
    customize?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
    /**
     * How the global filter is installed: with the HTTP adapter (default), `'without-adapter'`
     * (`new MonotableExceptionFilter()`), or false when the test installs it another way.
     */
    globalFilter?: boolean | 'without-adapter';
  } = {},
): Promise<INestApplication> {
  const { customize = (builder) => builder, globalFilter = true } = options;
  const moduleRef = await customize(Test.createTestingModule({ imports })).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.useGlobalPipes(new ValidationPipe({ transform: true }));
  if (globalFilter === 'without-adapter') app.useGlobalFilters(new MonotableExceptionFilter());
  else if (globalFilter) app.useGlobalFilters(new MonotableExceptionFilter(app.getHttpAdapter()));
  await app.init();
  return app;
}
