import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class RestockDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100000, example: 5 })
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity!: number;
}
