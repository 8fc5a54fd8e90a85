import { Test } from '@nestjs/testing';
import { increment, ItemExistsError, ItemNotFoundError } from '@monotable/core';
import { getRepositoryToken } from '@monotable/nestjs';
import type { MonotableTestingHarness } from '@monotable/nestjs/testing';
import { Product } from '../model';
import { ProductsModule } from './products.module';
import { ProductsService } from './products.service';
import { useShopTestingModule } from '../../test/support/shop-testing-module';

const hammer = { sku: 'hammer', name: 'Claw hammer', category: 'tools', price: 1990, stock: 3 };

describe('ProductsService on the in-process engine (MonotableTestingModule)', () => {
  const shop = useShopTestingModule([ProductsModule]);
  let service: ProductsService;
  let harness: MonotableTestingHarness;

  beforeEach(async () => {
    service = shop.get(ProductsService);
    harness = shop.harness();
  });

  test('creates a product at version 1; a taken sku is refused', async () => {
    expect(await service.create(hammer)).toMatchObject({ ...hammer, version: 1 });
    await expect(service.create({ ...hammer, name: 'Another' })).rejects.toThrow(ItemExistsError);
    expect((await service.find('hammer')).name).toBe('Claw hammer');
  });

  test("lists a category's products by sku, one Query per page", async () => {
    await harness.seed(Product, [
      { ...hammer, sku: 'tongs' },
      { ...hammer, sku: 'apron', category: 'clothing' },
      hammer,
    ]);
    harness.engine.requests.length = 0;
    const page = await service.listByCategory('tools', 10);
    expect(page.items.map((product) => product.sku)).toEqual(['hammer', 'tongs']);
    expect(harness.engine.requests.map((request) => request.operation)).toEqual(['Query']);
  });

  test('restocks in place; an unknown sku is not found', async () => {
    await harness.seed(Product, [hammer]);
    expect(await service.restock('hammer', 5)).toMatchObject({ stock: 8, version: 2 });
    await expect(service.find('anvil')).rejects.toThrow(ItemNotFoundError);
    await expect(service.restock('anvil', 1)).rejects.toThrow(ItemNotFoundError);
  });
});

describe('ProductsService with a fake repository (getRepositoryToken)', () => {
  test('restock adds to the stock without reading it first', async () => {
    const products = { update: jest.fn(async () => ({ ...hammer, stock: 8 })) };
    const moduleRef = await Test.createTestingModule({
      providers: [ProductsService, { provide: getRepositoryToken(Product), useValue: products }],
    }).compile();

    await moduleRef.get(ProductsService).restock('hammer', 5);
    expect(products.update).toHaveBeenCalledWith({ sku: 'hammer' }, { stock: increment(5) });
  });
});
