import { IsInt, IsString, Length, Matches, Min } from 'class-validator';

const SLUG = /^[a-z0-9-]{1,40}$/;

export class CreateProductDto {
  @Matches(SLUG, { message: 'sku must be 1 to 40 of a-z, 0-9 and -' }) sku!: string;
  @IsString() @Length(1, 100) name!: string;
  @Matches(SLUG, { message: 'category must be 1 to 40 of a-z, 0-9 and -' }) category!: string;
  /** In cents. */
  @IsInt() @Min(0) price!: number;
  @IsInt() @Min(0) stock!: number;
}
