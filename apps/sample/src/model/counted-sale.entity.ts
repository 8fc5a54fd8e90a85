import { Attribute, Entity, Keys, OptionalProps } from '@monotable/core';
import { ShopTable } from './shop.table';

/**
 * The proof that one order line has been added to its product's `sold` counter. The sales
 * counter writes it in the same transaction as the increment, on the condition that it does not
 * exist yet, so a stream record delivered twice is counted once.
 */
@Entity({ table: ShopTable, pk: 'COUNTED#{orderId}', sk: 'PRODUCT#{sku}' })
export class CountedSale {
  declare [Keys]?: { pk: 'COUNTED#{orderId}'; sk: 'PRODUCT#{sku}' };
  declare [OptionalProps]?: never;

  @Attribute() orderId!: string;
  @Attribute() sku!: string;
  @Attribute({ type: 'number' }) quantity!: number;
}
