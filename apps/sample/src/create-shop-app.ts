import { ValidationPipe, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { MonotableExceptionFilter } from '@monotable/nestjs';
import { AppModule, type ShopConnectionOptions } from './app.module';
import { validationException } from './common';
import { requestLogMiddleware } from './logging';

export interface ShopAppOptions extends ShopConnectionOptions {
  /** Nest's `logger` option: levels, a LoggerService, or false for none (tests). */
  logger?: LogLevel[] | LoggerService | false;
}

/**
 * The shop as main.ts runs it and as the tests drive it: request logging, validation of every
 * body and query string, and monotable's errors as HTTP answers. Call `init()` or `listen()`.
 */
export async function createShopApp(options: ShopAppOptions): Promise<NestExpressApplication> {
  const { logger, ...connection } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(connection), {
    logger,
    abortOnError: false,
  });
  app.use(requestLogMiddleware());
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      exceptionFactory: validationException,
    }),
  );
  app.useGlobalFilters(new MonotableExceptionFilter(app.getHttpAdapter()));
  return app;
}
