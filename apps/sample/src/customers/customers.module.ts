import { Module } from '@nestjs/common';
import { MonotableModule } from '@monotable/nestjs';
import { Address, Customer } from '../model';
import { AddressesController } from './addresses.controller';
import { AddressesService } from './addresses.service';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';

@Module({
  imports: [MonotableModule.forFeature([Customer, Address])],
  controllers: [CustomersController, AddressesController],
  providers: [CustomersService, AddressesService],
  exports: [CustomersService, AddressesService],
})
export class CustomersModule {}
