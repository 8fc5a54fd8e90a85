import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common';
import { ORDER_STATUSES, type OrderStatus } from '../../model';

/** `?status=&limit=&cursor=`: a customer's orders, newest first. */
export class ListOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORDER_STATUSES, description: 'Only the orders with this status' })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;
}
