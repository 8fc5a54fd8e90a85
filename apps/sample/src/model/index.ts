export * from './shop.table';
export * from './customer.entity';
export * from './address.entity';
export * from './order.entity';
export * from './order-line.entity';
export * from './order-status';
export * from './order-id';
export * from './product.entity';
export * from './counted-sale.entity';

import { Address } from './address.entity';
import { CountedSale } from './counted-sale.entity';
import { Customer } from './customer.entity';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { Product } from './product.entity';

/** Every entity of the shop table. */
export const SHOP_ENTITIES = [Customer, Address, Order, OrderLine, Product, CountedSale];
