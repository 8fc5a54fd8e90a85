import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Module, type DynamicModule } from '@nestjs/common';
import { MonotableModule } from '@monotable/nestjs';
import { CustomersModule } from './customers/customers.module';
import { SHOP_ENTITIES, ShopTable } from './model';
import { OrdersModule } from './orders/orders.module';
import { ProductsModule } from './products/products.module';
import { createDynamoDBLogger, ShutdownLog } from './logging';

export interface ShopConnectionOptions {
  client: DynamoDBClient;
  /** Physical table name; ShopTable's own name when omitted. */
  tableName?: string;
  cursorSecret: string;
}

@Module({})
export class AppModule {
  /** The shop on one table: created when missing, every request logged and counted. */
  static forRoot(options: ShopConnectionOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        MonotableModule.forRoot({
          client: options.client,
          table: ShopTable,
          tableName: options.tableName,
          entities: SHOP_ENTITIES,
          logger: createDynamoDBLogger(),
          cursorSecret: options.cursorSecret,
          createTableIfMissing: true,
        }),
        CustomersModule,
        OrdersModule,
        ProductsModule,
      ],
      providers: [ShutdownLog],
    };
  }
}
