import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@monotable/core';
import { ApiPageResponse, KeySegmentPipe } from '../common';
import { Product } from '../model';
import { CreateProductDto, ListProductsQuery, RestockDto } from './dto';
import { ProductsService } from './products.service';

@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Post()
  @ApiOperation({ summary: 'Add a product (the sku is unique)' })
  @ApiBody({ type: CreateProductDto })
  @ApiCreatedResponse({ type: Product })
  create(@Body() body: CreateProductDto): Promise<Product> {
    return this.products.create(body);
  }

  @Get()
  @ApiOperation({ summary: "A category's products by sku" })
  @ApiPageResponse(Product)
  list(@Query() query: ListProductsQuery): Promise<Page<Product>> {
    return this.products.listByCategory(query.category, query.limit, query.cursor);
  }

  @Get(':sku')
  @ApiOperation({ summary: 'Get a product' })
  @ApiOkResponse({ type: Product })
  find(@Param('sku', KeySegmentPipe) sku: string): Promise<Product> {
    return this.products.find(sku);
  }

  @Post(':sku/restock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restock a product (adds to the stock in place)' })
  @ApiBody({ type: RestockDto })
  @ApiOkResponse({ type: Product })
  restock(@Param('sku', KeySegmentPipe) sku: string, @Body() body: RestockDto): Promise<Product> {
    return this.products.restock(sku, body.quantity);
  }
}
