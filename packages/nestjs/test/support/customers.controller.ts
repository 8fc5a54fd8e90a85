import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { CustomersService } from './customers.service';
import { Customer } from './shop.model';

@Controller('customers')
export class CustomersController {
  constructor(private readonly service: CustomersService) {}

  /** The body is validated by ValidationPipe against the entity class itself. */
  @Post()
  register(@Body() customer: Customer) {
    return this.service.register(customer);
  }

  /** Always refused by monotable (a full-table scan without allowScan): an unmapped error. */
  @Get()
  listAll() {
    return this.service.scanEverything();
  }

  @Get(':id')
  find(@Param('id') id: string) {
    return this.service.find(id);
  }

  /** A plain-object body: ValidationPipe lets it through, monotable validates the changes. */
  @Patch(':id')
  change(@Param('id') id: string, @Body() body: Record<string, any>) {
    const { expectedVersion, ...changes } = body;
    return this.service.change(id, changes, expectedVersion);
  }

  @Post(':id/redeem')
  redeem(@Param('id') id: string, @Body() body: { points: number }) {
    return this.service.redeem(id, body.points);
  }

  @Post(':id/orders')
  placeOrder(@Param('id') id: string, @Body() body: { total: number }) {
    return this.service.placeOrder(id, body.total);
  }
}
