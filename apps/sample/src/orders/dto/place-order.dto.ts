import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_LINES_PER_ORDER } from '../../model';

export class OrderLineDto {
  @ApiProperty({ pattern: '^[a-z0-9-]{1,40}$', example: 'gloves' })
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'sku must be 1 to 40 of a-z, 0-9 and -' })
  sku!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 1 })
  @IsInt()
  @Min(1)
  @Max(100)
  quantity!: number;
}

/** The products to buy: at most MAX_LINES_PER_ORDER distinct skus. */
export class PlaceOrderDto {
  @ApiProperty({
    type: () => [OrderLineDto],
    minItems: 1,
    maxItems: MAX_LINES_PER_ORDER,
    description: 'Each sku once',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINES_PER_ORDER)
  @ArrayUnique((line: OrderLineDto) => line?.sku, { message: 'each sku may appear once' })
  @ValidateNested({ each: true })
  @Type(() => OrderLineDto)
  lines!: OrderLineDto[];
}
