import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Length, Min } from 'class-validator';
import { Attribute, Entity, Keys, OptionalProps } from '@monotable/core';
import { ShopTable } from './shop.table';

/**
 * Each line is two writes of the order's transaction (the line and the stock decrement), and
 * DynamoDB caps a transaction at 100 items.
 */
export const MAX_LINES_PER_ORDER = 25;

/**
 * The edge of the orders ↔ products many-to-many: one item per product of an order, in the
 * order's partition (products of an order). GSI1 inverts the key (orders containing a
 * product), newest order first.
 */
@Entity({
  table: ShopTable,
  pk: 'ORDER#{orderId}',
  sk: 'PRODUCT#{sku}',
  indexes: { GSI1: { pk: 'PRODUCT#{sku}', sk: 'ORDER#{orderId}' } },
})
export class OrderLine {
  declare [Keys]?: {
    pk: 'ORDER#{orderId}';
    sk: 'PRODUCT#{sku}';
    indexes: { GSI1: { pk: 'PRODUCT#{sku}'; sk: 'ORDER#{orderId}' } };
  };
  declare [OptionalProps]?: never;

  @ApiProperty() @Attribute() orderId!: string;
  @ApiProperty({ example: 'hammer' }) @Attribute() sku!: string;
  @ApiProperty({ example: 'ada' }) @Attribute() customerId!: string;
  @ApiProperty({ example: 'Claw hammer' }) @Length(1, 100) @Attribute() productName!: string;
  @ApiProperty({ type: 'integer' })
  @IsInt()
  @Min(1)
  @Attribute({ type: 'number' })
  quantity!: number;
  /** In cents, as charged when the order was placed. */
  @ApiProperty({ type: 'integer', description: 'In cents, as charged when the order was placed' })
  @IsInt()
  @Min(0)
  @Attribute({ type: 'number' })
  unitPrice!: number;
  @ApiProperty() @Attribute({ type: 'date' }) placedAt!: Date;
}
