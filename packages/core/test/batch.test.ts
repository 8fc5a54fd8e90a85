import { describeEachBackend } from '@monotable/testing';
import { Monotable, ValidationError } from '../src';
import { connect } from './fixtures/connect';
import { Product } from './fixtures/model';

describeEachBackend('Batches', (backend) => {
  let db: Monotable;
  beforeAll(async () => {
    db = await connect(backend().client);
  });

  test('1,000 items: batchPut, batchGet in input order with gaps, batchDelete', async () => {
    const products = db.getRepository(Product);
    const data = Array.from({ length: 1000 }, (_, i) => ({
      sku: `S${i}`,
      title: `Item ${i}`,
      stock: i,
    }));
    await products.batchPut(data);
    expect(await products.count({ sku: 'S999' })).toBe(1);

    const keys = [
      { sku: 'S999' },
      { sku: 'missing' },
      ...data
        .slice(0, 500)
        .map(({ sku }) => ({ sku }))
        .reverse(),
    ];
    const got = await products.batchGet(keys);
    expect(got).toHaveLength(502);
    expect(got[0]?.title).toBe('Item 999');
    expect(got[1]).toBeUndefined();
    expect(got.slice(2).map((p) => p?.stock)).toEqual(
      Array.from({ length: 500 }, (_, i) => 499 - i),
    );
    expect(got[0]).toBeInstanceOf(Product);

    await products.batchDelete(data.map(({ sku }) => ({ sku })));
    const after = await products.batchGet(data.slice(0, 100).map(({ sku }) => ({ sku })));
    expect(after.every((p) => p === undefined)).toBe(true);
  });

  test('one invalid item in a batch is a ValidationError and nothing is written', async () => {
    const products = db.getRepository(Product);
    const data = [
      { sku: 'V1', title: 'ok', stock: 1 },
      { sku: 'V2', title: 'bad', stock: -1 },
    ];
    await expect(products.batchPut(data)).rejects.toBeInstanceOf(ValidationError);
    expect(await products.get({ sku: 'V1' })).toBeUndefined();
  });
});
