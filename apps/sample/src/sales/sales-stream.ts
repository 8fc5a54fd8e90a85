import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { Monotable } from '@monotable/core';
import { InjectMonotable } from '@monotable/nestjs';
import type { StreamSubscription } from '@monotable/testing';
import { InjectDynamoDBBackend, type DynamoDBBackend } from '../database';
import { SalesCounter } from './sales-counter';

/**
 * How the stream is delivered to the counter, in-process as in AWS (the Lambda event source
 * mapping's BatchSize and MaximumRetryAttempts; README.md, "Sales counters").
 */
const SALES_EVENT_SOURCE = { batchSize: 100, maxRetries: 10 };

/**
 * Delivers the table's stream to the SalesCounter while the app runs on the in-process engine
 * (the embedded default), as Lambda's event source mapping would. On any other backend nothing
 * is subscribed here: the counter runs as a Lambda function (src/sales/lambda.ts).
 */
@Injectable()
export class SalesStream implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Sales');
  private subscription: StreamSubscription | undefined;

  constructor(
    @InjectDynamoDBBackend() private readonly backend: DynamoDBBackend,
    @InjectMonotable() private readonly db: Monotable,
    private readonly counter: SalesCounter,
  ) {}

  onModuleInit(): void {
    const { engine } = this.backend;
    if (!engine) {
      this.logger.log(
        `Not counting sales in-process: deploy src/sales/lambda.ts as a Lambda function with an ` +
          `event source mapping on the stream of ${this.db.tableName}`,
      );
      return;
    }
    // The handler runs in this (startup) async context, apart from the HTTP request whose write
    // produced the record, as a Lambda invocation does: its requests are not counted in that
    // request's X-DynamoDB-Requests.
    this.subscription = engine.streams.subscribe(
      this.db.tableName,
      this.counter.handler,
      SALES_EVENT_SOURCE,
    );
    this.logger.log(`Counting sales from the stream of ${this.db.tableName}, in-process`);
  }

  /** Lets the records written so far be counted, then stops, before the connection closes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.subscription) return;
    await this.backend.engine!.streams.drain();
    this.subscription.unsubscribe();
    this.subscription = undefined;
  }
}
