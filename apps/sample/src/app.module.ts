import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { MonotableModule } from '@monotable/nestjs';
import { shopConfig } from './config';
import { CustomersModule } from './customers/customers.module';
import { DynamoDBClientModule, monotableOptions } from './database';
import { HealthModule } from './health/health.module';
import { ShutdownLog } from './logging';
import { OrdersModule } from './orders/orders.module';
import { ProductsModule } from './products/products.module';
import { SalesModule } from './sales/sales.module';

/**
 * The shop: configuration from the environment (see README.md, "Configuration"), one
 * monotable connection built from it, /health, one module per resource, and the sales counters
 * kept from the table's stream.
 */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, cache: true, load: [shopConfig] }),
    MonotableModule.forRootAsync({
      imports: [ConfigModule, DynamoDBClientModule],
      inject: [ConfigService, DynamoDBClient],
      useFactory: monotableOptions,
    }),
    HealthModule,
    CustomersModule,
    OrdersModule,
    ProductsModule,
    SalesModule,
  ],
  providers: [ShutdownLog],
})
export class AppModule {}
