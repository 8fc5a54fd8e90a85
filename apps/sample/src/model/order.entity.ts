import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { Attribute, Entity, Keys, OptionalProps, Version } from '@monotable/core';
import { OrderLine } from './order-line.entity';
import { ORDER_STATUSES, type OrderStatus } from './order-status';
import { ShopTable } from './shop.table';

/**
 * An order, in its customer's partition (time-sorted ids: newest first is a descending Query).
 * GSI1 groups a customer's orders by status. Its lines live in the order's own partition.
 */
@Entity({
  table: ShopTable,
  pk: 'CUSTOMER#{customerId}',
  sk: 'ORDER#{id}',
  indexes: { GSI1: { pk: 'CUSTOMER#{customerId}', sk: 'ORDER#{status}#{id}' } },
})
export class Order {
  declare [Keys]?: {
    pk: 'CUSTOMER#{customerId}';
    sk: 'ORDER#{id}';
    indexes: { GSI1: { pk: 'CUSTOMER#{customerId}'; sk: 'ORDER#{status}#{id}' } };
  };
  /** The id and status are the service's to choose (newOrderId, 'placed'); monotable sets the version. */
  declare [OptionalProps]?: 'version';

  @ApiProperty({ example: 'ada' }) @Attribute() customerId!: string;
  /** From newOrderId(placedAt): sorts by time, so newest first is a descending Query. */
  @ApiProperty({ description: 'A ULID: sorts by placement time' }) @Attribute() id!: string;
  @ApiProperty({ enum: ORDER_STATUSES })
  @IsIn(ORDER_STATUSES)
  @Attribute({ type: 'string' })
  status!: OrderStatus;
  /** In cents. */
  @ApiProperty({ type: 'integer', description: 'In cents' })
  @IsInt()
  @Min(0)
  @Attribute({ type: 'number' })
  total!: number;
  @ApiProperty({ type: 'integer' })
  @IsInt()
  @Min(1)
  @Attribute({ type: 'number' })
  itemCount!: number;
  /** The same instant as the id's timestamp. */
  @ApiProperty() @Attribute({ type: 'date' }) placedAt!: Date;
  /**
   * Filled by `GET ...?include=lines` only. Not a @HasMany: the lines' keys name the order by
   * its id alone (ULIDs are unique), which monotable cannot prove for an order stored under its
   * customer, so they are read with OrderLine's repository.
   */
  @ApiPropertyOptional({ type: () => [OrderLine], description: 'With ?include=lines' })
  lines?: OrderLine[];
  @ApiProperty() @Version() version!: number;
}
