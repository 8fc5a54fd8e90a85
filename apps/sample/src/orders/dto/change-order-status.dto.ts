import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ORDER_STATUSES, type OrderStatus } from '../../model';

const NEXT_STATUSES = ORDER_STATUSES.slice(1);

export class ChangeOrderStatusDto {
  /** The next status; an order only moves forward one step at a time. */
  @ApiProperty({
    enum: NEXT_STATUSES,
    description: 'The next status: placed → paid → shipped → delivered, one step at a time',
  })
  @IsIn(NEXT_STATUSES)
  status!: Exclude<OrderStatus, 'placed'>;
}
