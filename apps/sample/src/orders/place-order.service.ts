import { Injectable } from '@nestjs/common';
import {
  ItemNotFoundError,
  Monotable,
  Repository,
  TransactionCanceledError,
  decrement,
  type CreateData,
} from '@monotable/core';
import { InjectMonotable, InjectRepository } from '@monotable/nestjs';
import { Customer, Order, OrderLine, Product, newOrderId } from '../model';
import type { PlaceOrderDto } from './dto';
import { outOfStock } from './out-of-stock';

/** Operations of the order transaction: the customer check, the order, then two per line. */
const CUSTOMER_CHECK = 0;
const FIRST_LINE = 2;

@Injectable()
export class PlaceOrderService {
  constructor(
    @InjectMonotable() private readonly db: Monotable,
    @InjectRepository(Product) private readonly products: Repository<Product>,
  ) {}

  /**
   * Two requests: BatchGetItem reads the products (names and prices), then ONE
   * TransactWriteItems checks the customer, stores the order and its lines, and decrements
   * each product's stock on the condition that enough is left. If any of it fails, nothing is
   * written: unknown customer → 404, not enough stock → 409 OUT_OF_STOCK.
   */
  async place(customerId: string, { lines }: PlaceOrderDto): Promise<Order> {
    const products = await this.readProducts(lines.map((line) => line.sku));
    const placedAt = new Date();
    const order: CreateData<Order> = {
      customerId,
      id: newOrderId(placedAt),
      status: 'placed',
      total: lines.reduce((sum, line, i) => sum + line.quantity * products[i].price, 0),
      itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
      placedAt,
    };
    const orderLines = lines.map((line, i): CreateData<OrderLine> => ({
      orderId: order.id,
      sku: line.sku,
      customerId,
      productName: products[i].name,
      quantity: line.quantity,
      unitPrice: products[i].price,
      placedAt,
    }));
    try {
      await this.db.transaction((tx) => {
        tx.check(Customer, { id: customerId }, { id: { exists: true } });
        tx.create(Order, order);
        for (const line of orderLines) {
          tx.create(OrderLine, line);
          tx.update(
            Product,
            { sku: line.sku },
            { stock: decrement(line.quantity) },
            { condition: { stock: { gte: line.quantity } } },
          );
        }
      });
    } catch (error) {
      throw this.explain(error, customerId, orderLines);
    }
    // What the transaction stored: monotable starts every @Version at 1.
    return Object.assign(new Order(), order, {
      version: 1,
      lines: orderLines.map((line) => Object.assign(new OrderLine(), line)),
    });
  }

  /** The products in the order of `skus`; 404 for the first one that does not exist. */
  private async readProducts(skus: string[]): Promise<Product[]> {
    const found = await this.products.batchGet(skus.map((sku) => ({ sku })));
    return skus.map((sku, i) => {
      const product = found[i];
      if (!product) throw new ItemNotFoundError('Product', { sku }, { slots: { sku } });
      return product;
    });
  }

  /**
   * Turns the transaction's cancellation reasons into the error the client should see. Other
   * cancellations (a conflicting concurrent transaction) stay a TransactionCanceledError: 409.
   */
  private explain(
    error: unknown,
    customerId: string,
    lines: ReadonlyArray<{ sku: string }>,
  ): unknown {
    if (!(error instanceof TransactionCanceledError)) return error;
    const failed = error.reasons.filter((reason) => reason.code === 'ConditionalCheckFailed');
    if (failed.some((reason) => reason.index === CUSTOMER_CHECK)) {
      return new ItemNotFoundError(
        'Customer',
        { id: customerId },
        { cause: error, slots: { id: customerId } },
      );
    }
    const short = failed
      .filter((reason) => reason.index >= FIRST_LINE && (reason.index - FIRST_LINE) % 2 === 1)
      .map((reason) => lines[(reason.index - FIRST_LINE - 1) / 2].sku);
    return short.length ? outOfStock(short, error) : error;
  }
}
