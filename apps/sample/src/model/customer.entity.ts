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

  @Generated('ulid') @Attribute() id!: string;
  @Unique() @IsEmail() @Attribute() email!: string;
  @Length(1, 100) @Attribute() name!: string;
  @HasMany(() => Address) addresses?: Address[];
  @HasMany(() => Order) orders?: Order[];
  @Version() version!: number;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}
