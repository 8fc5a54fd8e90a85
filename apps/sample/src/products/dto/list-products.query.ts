import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PageQuery } from '../../common';

/** `?category=&limit=&cursor=`: a category's products by sku. */
export class ListProductsQuery extends PageQuery {
  @ApiProperty({ pattern: '^[a-z0-9-]{1,40}$', example: 'tools' })
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'category must be 1 to 40 of a-z, 0-9 and -' })
  category!: string;
}
