import { IsEmail, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { Attribute, Entity, Generated, Table, Version } from '@monotable/core';

// The same classes carry monotable's decorators and class-validator's: Nest's ValidationPipe
// checks request bodies with them, and monotable checks every write with them again.

export const ShopTable = new Table({ name: 'shop', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: ShopTable, pk: 'CUSTOMER#{id}', sk: 'PROFILE' })
export class Customer {
  @IsOptional() @IsString() @Generated('ulid') @Attribute() id!: string;
  @IsEmail() @Attribute() email!: string;
  @Length(1, 100) @Attribute() name!: string;
  @IsInt() @Min(0) @Attribute({ type: 'number' }) points: number = 0;
  @Version() version!: number;
}

@Entity({ table: ShopTable, pk: 'CUSTOMER#{customerId}', sk: 'ORDER#{id}' })
export class Order {
  @Generated('ulid') @Attribute() id!: string;
  @Attribute() customerId!: string;
  @IsInt() @Min(1) @Attribute({ type: 'number' }) total!: number;
}

export const AuditTable = new Table({ name: 'audit', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: AuditTable, pk: 'SUBJECT#{subject}', sk: 'EVENT#{id}' })
export class AuditEvent {
  @Generated('ulid') @Attribute() id!: string;
  @Attribute() subject!: string;
  @Length(1, 200) @Attribute() action!: string;
}
