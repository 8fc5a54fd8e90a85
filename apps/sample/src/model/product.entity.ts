import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Length, Matches, Min } from 'class-validator';
import { Attribute, Entity, HasMany, Keys, OptionalProps, Version } from '@monotable/core';
import { OrderLine } from './order-line.entity';
import { ShopTable } from './shop.table';

/** A product of the catalog; GSI1 lists a category's products by sku. */
@Entity({
  table: ShopTable,
  pk: 'PRODUCT#{sku}',
  sk: 'PRODUCT',
  indexes: { GSI1: { pk: 'CATEGORY#{category}', sk: 'PRODUCT#{sku}' } },
})
export class Product {
  declare [Keys]?: {
    pk: 'PRODUCT#{sku}';
    sk: 'PRODUCT';
    indexes: { GSI1: { pk: 'CATEGORY#{category}'; sk: 'PRODUCT#{sku}' } };
  };
  declare [OptionalProps]?: 'version' | 'sold';

  @ApiProperty({ example: 'hammer' }) @Matches(/^[a-z0-9-]{1,40}$/) @Attribute() sku!: string;
  @ApiProperty({ example: 'Claw hammer' }) @Length(1, 100) @Attribute() name!: string;
  @ApiProperty({ example: 'tools' }) @Matches(/^[a-z0-9-]{1,40}$/) @Attribute() category!: string;
  /** In cents. */
  @ApiProperty({ type: 'integer', description: 'In cents' })
  @IsInt()
  @Min(0)
  @Attribute({ type: 'number' })
  price!: number;
  @ApiProperty({ type: 'integer' }) @IsInt() @Min(0) @Attribute({ type: 'number' }) stock!: number;
  /**
   * Units sold, counted by the sales counter from the table's stream (src/sales/): it follows
   * an order moments after the order is placed, not in the order's transaction.
   */
  @ApiProperty({
    type: 'integer',
    description: "Units sold; counted from the table's stream moments after each order",
  })
  @Attribute({ type: 'number' })
  sold = 0;
  /** The lines of every order containing the product: one Query on GSI1, the inverted index. */
  @HasMany(() => OrderLine, { index: 'GSI1' }) orderLines?: OrderLine[];
  @ApiProperty() @Version() version!: number;
}
