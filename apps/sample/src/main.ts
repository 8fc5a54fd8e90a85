import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { banner } from './banner';
import { createDynamoDBClient, readShopSettings } from './config';
import { createShopApp } from './create-shop-app';
import { StartupQuietLogger } from './logging';
import { seedDemoData } from './seed';

async function main(): Promise<void> {
  const settings = readShopSettings();
  const logger = new StartupQuietLogger();
  logger.setLogLevels(settings.logLevels);
  const app = await createShopApp({
    client: await createDynamoDBClient(settings),
    tableName: settings.tableName,
    cursorSecret: settings.cursorSecret,
    logger,
  });
  app.enableShutdownHooks();
  await app.init();
  const seeded = settings.seed && (await seedDemoData(app));
  await app.listen(settings.port, settings.host);
  console.log(banner(app.getHttpServer().address() as AddressInfo, settings, seeded));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
