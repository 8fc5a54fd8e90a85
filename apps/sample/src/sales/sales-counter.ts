import { Injectable, Logger } from '@nestjs/common';
import {
  Monotable,
  TransactionCanceledError,
  increment,
  type StreamHandler,
} from '@monotable/core';
import { InjectMonotable } from '@monotable/nestjs';
import { CountedSale, OrderLine, Product } from '../model';

/**
 * Keeps each product's `sold` counter: a stream handler that adds every new order line's
 * quantity to its product. The same class serves the app (subscribed in-process on the
 * embedded engine, see SalesStream) and the Lambda function of a real deployment (lambda.ts).
 *
 * Streams deliver at least once, so a line may arrive twice; `count` writes a CountedSale marker
 * for the line in the same transaction as the increment, on the condition that the marker does
 * not exist, and a line whose marker exists is skipped.
 */
@Injectable()
export class SalesCounter {
  private readonly logger = new Logger('Sales');

  /** The Lambda handler: answers with the records to deliver again (partial batch response). */
  readonly handler: StreamHandler;

  constructor(@InjectMonotable() private readonly db: Monotable) {
    this.handler = db.onChange((on) => on(OrderLine, { insert: (line) => this.count(line) }), {
      onError: (error, change) =>
        this.logger.warn(
          `Counting order line ${JSON.stringify(change.key)} failed; its record is reported ` +
            `for another delivery: ${(error as Error).message}`,
        ),
    });
  }

  /**
   * One TransactWriteItems: the line's marker (only if absent) and `sold + quantity` on its
   * product. Resolves false, writing nothing, when the line was counted already.
   */
  async count(line: OrderLine): Promise<boolean> {
    try {
      await this.db.transaction((tx) => {
        tx.create(CountedSale, { orderId: line.orderId, sku: line.sku, quantity: line.quantity });
        tx.update(Product, { sku: line.sku }, { sold: increment(line.quantity) });
      });
      return true;
    } catch (error) {
      if (isCountedAlready(error)) return false;
      throw error;
    }
  }
}

/** Whether a transaction was cancelled because the line's marker exists. */
function isCountedAlready(error: unknown): boolean {
  return (
    error instanceof TransactionCanceledError &&
    error.reasons.some(
      (reason) => reason.entity === 'CountedSale' && reason.code === 'ConditionalCheckFailed',
    )
  );
}
