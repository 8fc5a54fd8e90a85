import 'reflect-metadata';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Monotable } from '@monotable/core';
import { getMonotableToken } from '@monotable/nestjs';
import { AppModule } from './app.module';
import { seedDemoData } from './seed';

/** The part of @monotable/cli's API this file uses. */
interface StudioApi {
  startStudio(options: {
    entities: Function[];
    tableName: string;
    client: DynamoDBClient;
    port?: number;
  }): Promise<{ url: string; close(): Promise<void> }>;
}

export interface ShopStudio {
  url: string;
  app: INestApplicationContext;
  close(): Promise<void>;
}

/**
 * The shop as configured (by default on the embedded engine, with the demo data), explored in
 * monotable studio: the app's own table, entities and client.
 */
export async function startShopStudio(port = 4983): Promise<ShopStudio> {
  // The studio is a development tool: @monotable/cli is loaded from the workspace at run time
  // and is no dependency of the deployed app.
  const { startStudio } = require('@monotable/cli') as StudioApi;
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    await seedDemoData(app);
    const db = app.get<Monotable>(getMonotableToken());
    const studio = await startStudio({
      entities: db.entities().map((meta) => meta.target),
      tableName: db.tableName,
      client: app.get(DynamoDBClient),
      port,
    });
    return {
      url: studio.url,
      app,
      async close() {
        await studio.close();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

if (require.main === module) {
  const port = process.env.STUDIO_PORT ? Number(process.env.STUDIO_PORT) : undefined;
  startShopStudio(port)
    .then((studio) => {
      console.log(`monotable studio for the shop: open ${studio.url}`);
      console.log('(the token in the URL is the only way in. Ctrl+C stops it.)');
      const stop = () => studio.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
