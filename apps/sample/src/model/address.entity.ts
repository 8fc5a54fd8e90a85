import { ApiProperty } from '@nestjs/swagger';
import { Length } from 'class-validator';
import { Attribute, Entity, Keys, OptionalProps } from '@monotable/core';
import { ShopTable } from './shop.table';

/** One of a customer's addresses, stored in the customer's partition. */
@Entity({ table: ShopTable, pk: 'CUSTOMER#{customerId}', sk: 'ADDRESS#{id}' })
export class Address {
  declare [Keys]?: { pk: 'CUSTOMER#{customerId}'; sk: 'ADDRESS#{id}' };
  /** Nothing is filled on create: the service picks the id. */
  declare [OptionalProps]?: never;

  @ApiProperty({ example: 'ada' }) @Attribute() customerId!: string;
  /** A ULID chosen by the service, which writes the address in a transaction. */
  @ApiProperty() @Attribute() id!: string;
  @ApiProperty({ example: 'home' }) @Length(1, 40) @Attribute() label!: string;
  @ApiProperty() @Length(1, 200) @Attribute() street!: string;
  @ApiProperty() @Length(1, 100) @Attribute() city!: string;
  @ApiProperty() @Length(1, 20) @Attribute() postalCode!: string;
  @ApiProperty({ example: 'GB' }) @Length(2, 2) @Attribute() country!: string;
}
