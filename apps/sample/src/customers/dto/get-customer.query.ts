import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsOptional } from 'class-validator';

export const CUSTOMER_RELATIONS = ['addresses', 'orders'] as const;
export type CustomerRelation = (typeof CUSTOMER_RELATIONS)[number];

/** `?include=addresses,orders`: relations read with the customer in the same Query. */
export class GetCustomerQuery {
  @ApiPropertyOptional({
    type: String,
    description: `Comma-separated, read with the customer in one Query: ${CUSTOMER_RELATIONS.join(', ')}`,
    example: 'addresses,orders',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsArray()
  @IsIn(CUSTOMER_RELATIONS, { each: true })
  include?: CustomerRelation[];
}
