import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common';
import { ORDER_STATUSES, type OrderStatus } from '../../model';

/** `?status=&limit=&cursor=`: a customer's orders, newest first. */
export class ListOrdersQuery extends PageQuery {
  @IsOptional() @IsIn(ORDER_STATUSES) status?: OrderStatus;
}
