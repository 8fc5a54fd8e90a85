import { Module } from '@nestjs/common';
import { MonotableModule } from '../../src';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';
import { Customer, Order } from './shop.model';

@Module({
  imports: [MonotableModule.forFeature([Customer, Order])],
  controllers: [CustomersController],
  providers: [CustomersService],
})
export class CustomersModule {}
