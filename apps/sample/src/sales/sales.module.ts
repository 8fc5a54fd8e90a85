import { Module } from '@nestjs/common';
import { DynamoDBClientModule } from '../database';
import { SalesCounter } from './sales-counter';
import { SalesStream } from './sales-stream';

/** Product sales counters, kept from the table's stream (see SalesCounter). */
@Module({
  imports: [DynamoDBClientModule],
  providers: [SalesCounter, SalesStream],
  exports: [SalesCounter],
})
export class SalesModule {}
