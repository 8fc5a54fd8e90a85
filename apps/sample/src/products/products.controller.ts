import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import type { Page } from '@monotable/core';
import { KeySegmentPipe } from '../common';
import type { Product } from '../model';
import { CreateProductDto, ListProductsQuery, RestockDto } from './dto';
import { ProductsService } from './products.service';

@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Post()
  create(@Body() body: CreateProductDto): Promise<Product> {
    return this.products.create(body);
  }

  @Get()
  list(@Query() query: ListProductsQuery): Promise<Page<Product>> {
    return this.products.listByCategory(query.category, query.limit, query.cursor);
  }

  @Get(':sku')
  find(@Param('sku', KeySegmentPipe) sku: string): Promise<Product> {
    return this.products.find(sku);
  }

  @Post(':sku/restock')
  @HttpCode(200)
  restock(@Param('sku', KeySegmentPipe) sku: string, @Body() body: RestockDto): Promise<Product> {
    return this.products.restock(sku, body.quantity);
  }
}
