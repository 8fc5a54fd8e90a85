import { Module } from '@nestjs/common';
import { MonotableModule } from '@monotable/nestjs';
import { Product } from '../model';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';

@Module({
  imports: [MonotableModule.forFeature([Product])],
  controllers: [ProductsController],
  providers: [ProductsService],
  exports: [ProductsService],
})
export class ProductsModule {}
