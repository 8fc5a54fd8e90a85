import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsOptional } from 'class-validator';

/** `?include=lines`: the order's lines, read from the order's own partition. */
export class GetOrderQuery {
  @ApiPropertyOptional({
    type: String,
    description: "`lines`: the order's lines too (one more Query)",
    example: 'lines',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsArray()
  @IsIn(['lines'], { each: true })
  include?: 'lines'[];
}
