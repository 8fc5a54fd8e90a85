import { ValidationPipe, type NestApplicationOptions } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validationException } from './common';
import { bodyParserErrorMiddleware, ShopExceptionFilter } from './errors';
import { requestLogMiddleware } from './logging';
import { setupOpenApi } from './openapi';

/**
 * What the shop is created with, by main.ts (`NestFactory.create(AppModule, ...)`) and by the
 * tests (`moduleRef.createNestApplication(...)`), before `configureShopApp`.
 */
export const SHOP_APP_OPTIONS = {
  // A startup failure (configuration, DynamoDB unreachable) is thrown to main.ts, which prints
  // it and exits 1, rather than aborting the process.
  abortOnError: false,
  // Nest would add its parsers in init(), after everything configureShopApp adds; added there
  // instead, they are the same parsers (JSON and forms, 100 kB) with the middleware giving their
  // errors a code right behind them.
  bodyParser: false,
} satisfies NestApplicationOptions;

/**
 * The shop as main.ts runs it and as the tests drive it: request logging, validation of every
 * body and query string, every error (monotable's included) answered with a `code`, and the
 * OpenAPI document at /docs. Call it before `init()` or `listen()`.
 */
export function configureShopApp(app: NestExpressApplication): NestExpressApplication {
  app.use(requestLogMiddleware());
  app.useBodyParser('json');
  app.useBodyParser('urlencoded', { extended: true });
  app.use(bodyParserErrorMiddleware());
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      exceptionFactory: validationException,
    }),
  );
  app.useGlobalFilters(new ShopExceptionFilter(app.getHttpAdapter()));
  setupOpenApi(app);
  return app;
}
