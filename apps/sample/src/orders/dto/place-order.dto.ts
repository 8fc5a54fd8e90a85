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
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'sku must be 1 to 40 of a-z, 0-9 and -' }) sku!: string;
  @IsInt() @Min(1) @Max(100) quantity!: number;
}

/** The products to buy: at most MAX_LINES_PER_ORDER distinct skus. */
export class PlaceOrderDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINES_PER_ORDER)
  @ArrayUnique((line: OrderLineDto) => line?.sku, { message: 'each sku may appear once' })
  @ValidateNested({ each: true })
  @Type(() => OrderLineDto)
  lines!: OrderLineDto[];
}
