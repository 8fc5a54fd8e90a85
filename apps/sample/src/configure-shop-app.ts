import { ValidationPipe, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, type ShopConnectionOptions } from './app.module';
import { validationException } from './common';
import { bodyParserErrorMiddleware, ShopExceptionFilter } from './errors';
import { requestLogMiddleware } from './logging';

export interface ShopAppOptions extends ShopConnectionOptions {
  /** Nest's `logger` option: levels, a LoggerService, or false for none (tests). */
  logger?: LogLevel[] | LoggerService | false;
}

/**
 * The shop as main.ts runs it and as the tests drive it: request logging, validation of every
 * body and query string, and every error (monotable's included) answered with a `code`. Call
 * `init()` or `listen()`.
 */
export async function createShopApp(options: ShopAppOptions): Promise<NestExpressApplication> {
  const { logger, ...connection } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(connection), {
    logger,
    abortOnError: false,
    // Nest would add its parsers in init(), after everything below; added here instead, they are
    // the same parsers (JSON and forms, 100 kB) with the middleware giving their errors a code
    // right behind them.
    bodyParser: false,
  });
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
  return app;
}
