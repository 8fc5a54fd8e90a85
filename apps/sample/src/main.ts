import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { banner } from './banner';
import type { ShopConfigService } from './config';
import { configureShopApp, SHOP_APP_OPTIONS } from './configure-shop-app';
import { StartupQuietLogger } from './logging';
import { seedDemoData } from './seed';

async function bootstrap(): Promise<void> {
  const logger = new StartupQuietLogger();
  // Logs wait in a buffer until LOG_DEBUG is known (useLogger below), so that the requests of
  // startup are logged at the configured levels.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    ...SHOP_APP_OPTIONS,
    logger,
    bufferLogs: true,
  }).catch(() => process.exit(1)); // Nest has logged why: the configuration, DynamoDB, ...
  const settings = app.get<ShopConfigService>(ConfigService).get('shop', { infer: true });
  logger.setLogLevels(settings.logLevels);
  app.useLogger(logger);
  configureShopApp(app);
  app.enableShutdownHooks();
  await app.init();
  const seeded = settings.seed && (await seedDemoData(app));
  await app.listen(settings.port, settings.host);
  console.log(banner(app.getHttpServer().address() as AddressInfo, settings, seeded));
}

bootstrap().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
