import { IsIn } from 'class-validator';
import { ORDER_STATUSES, type OrderStatus } from '../../model';

export class ChangeOrderStatusDto {
  /** The next status; an order only moves forward one step at a time. */
  @IsIn(ORDER_STATUSES.slice(1)) status!: Exclude<OrderStatus, 'placed'>;
}
