import { Module } from '@nestjs/common';
import { MonotableModule } from '@monotable/nestjs';
import { Order, OrderLine, Product } from '../model';
import { OrderLinesController } from './order-lines.controller';
import { OrderLinesService } from './order-lines.service';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';
import { PlaceOrderService } from './place-order.service';

@Module({
  imports: [MonotableModule.forFeature([Order, OrderLine, Product])],
  controllers: [OrdersController, OrderLinesController],
  providers: [OrdersService, PlaceOrderService, OrderLinesService],
  exports: [PlaceOrderService],
})
export class OrdersModule {}
