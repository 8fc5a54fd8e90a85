import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Min } from 'class-validator';

const SLUG = /^[a-z0-9-]{1,40}$/;

export class CreateProductDto {
  @ApiProperty({ pattern: SLUG.source, example: 'hammer' })
  @Matches(SLUG, { message: 'sku must be 1 to 40 of a-z, 0-9 and -' })
  sku!: string;

  @ApiProperty({ example: 'Claw hammer', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ pattern: SLUG.source, example: 'tools' })
  @Matches(SLUG, { message: 'category must be 1 to 40 of a-z, 0-9 and -' })
  category!: string;

  /** In cents. */
  @ApiProperty({ type: 'integer', minimum: 0, description: 'In cents', example: 1990 })
  @IsInt()
  @Min(0)
  price!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 40 })
  @IsInt()
  @Min(0)
  stock!: number;
}
