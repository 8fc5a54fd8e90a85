import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, Length } from 'class-validator';
import {
  Attribute,
  CreatedAt,
  Entity,
  Generated,
  HasMany,
  Keys,
  OptionalProps,
  Unique,
  UpdatedAt,
  Version,
} from '@monotable/core';
import { Address } from './address.entity';
import { Order } from './order.entity';
import { ShopTable } from './shop.table';

/** A customer's profile: the head of an item collection holding their addresses and orders. */
@Entity({ table: ShopTable, pk: 'CUSTOMER#{id}', sk: 'CUSTOMER' })
export class Customer {
  declare [Keys]?: { pk: 'CUSTOMER#{id}'; sk: 'CUSTOMER' };
  declare [OptionalProps]?: 'id' | 'version' | 'createdAt' | 'updatedAt';

  @ApiProperty({ example: 'ada' }) @Generated('ulid') @Attribute() id!: string;
  @ApiProperty({ example: 'ada@example.com' }) @Unique() @IsEmail() @Attribute() email!: string;
  @ApiProperty({ example: 'Ada Lovelace' }) @Length(1, 100) @Attribute() name!: string;
  @ApiPropertyOptional({ type: () => [Address], description: 'With ?include=addresses' })
  @HasMany(() => Address)
  addresses?: Address[];
  @ApiPropertyOptional({ type: () => [Order], description: 'With ?include=orders' })
  @HasMany(() => Order)
  orders?: Order[];
  @ApiProperty({ description: 'Also the ETag; send it in If-Match' }) @Version() version!: number;
  @ApiProperty() @CreatedAt() createdAt!: Date;
  @ApiProperty() @UpdatedAt() updatedAt!: Date;
}
