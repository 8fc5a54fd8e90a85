import { Injectable } from '@nestjs/common';
import { Repository, increment, type Page } from '@monotable/core';
import { InjectRepository } from '@monotable/nestjs';
import { Product } from '../model';
import type { CreateProductDto } from './dto';

@Injectable()
export class ProductsService {
  constructor(@InjectRepository(Product) private readonly products: Repository<Product>) {}

  /** One PutItem, refused when the sku exists (→ 409). */
  create(product: CreateProductDto): Promise<Product> {
    return this.products.create(product);
  }

  /** One GetItem. */
  find(sku: string): Promise<Product> {
    return this.products.getOrFail({ sku });
  }

  /** One Query on GSI1 (CATEGORY#<category>), by sku. */
  listByCategory(category: string, limit: number, cursor?: string): Promise<Page<Product>> {
    return this.products.query({ category }, { index: 'GSI1', limit, cursor });
  }

  /** One UpdateItem adding to the stock in place (no read, safe under concurrent orders). */
  restock(sku: string, quantity: number): Promise<Product> {
    return this.products.update({ sku }, { stock: increment(quantity) });
  }
}
