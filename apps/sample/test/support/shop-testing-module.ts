import type { Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { MonotableTestingHarness, MonotableTestingModule } from '@monotable/nestjs/testing';
import { SHOP_ENTITIES, ShopTable } from '../../src/model';

/**
 * The services' specs' Nest testing module: the shop's table on a fresh in-process engine
 * (MonotableTestingModule) with the given feature modules and providers, compiled before each
 * test and closed after it.
 */
export function useShopTestingModule(imports: Type[], providers: Type[] = []) {
  let moduleRef: TestingModule;
  beforeEach(async () => {
    moduleRef = await Test.createTestingModule({
      imports: [
        MonotableTestingModule.forRoot({ table: ShopTable, entities: SHOP_ENTITIES }),
        ...imports,
      ],
      providers,
    }).compile();
  });
  afterEach(() => moduleRef.close());
  return {
    get: <T>(type: Type<T>): T => moduleRef.get(type),
    harness: () => moduleRef.get(MonotableTestingHarness),
  };
}
