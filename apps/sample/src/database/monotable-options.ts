import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { MonotableConnectionOptions } from '@monotable/nestjs';
import type { ShopConfigService } from '../config';
import { createDynamoDBLogger } from '../logging';
import { SHOP_ENTITIES, ShopTable } from '../model';

/**
 * The useFactory of `MonotableModule.forRootAsync`: the shop's one table under TABLE_NAME,
 * created when missing, every request logged and counted, cursors signed with CURSOR_SECRET.
 */
export function monotableOptions(
  config: ShopConfigService,
  client: DynamoDBClient,
): MonotableConnectionOptions {
  const { tableName, cursorSecret } = config.getOrThrow('shop', { infer: true });
  return {
    client,
    table: ShopTable,
    tableName,
    entities: SHOP_ENTITIES,
    logger: createDynamoDBLogger(),
    cursorSecret,
    createTableIfMissing: true,
  };
}
