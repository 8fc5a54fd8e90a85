import { describeEachBackend } from '@monotable/testing';
import type { Monotable, RequestLogEvent, ScanOptions } from '../src';
import { connect } from './fixtures/connect';
import { Customer, Order, Product } from './fixtures/model';

const PRODUCTS = 50;
const skus = Array.from({ length: PRODUCTS }, (_, i) => `P${String(i).padStart(2, '0')}`);

describeEachBackend('Scan limit and cursors', (backend) => {
  let db: Monotable;
  const events: RequestLogEvent[] = [];
  const scansSince = (start: number) =>
    events.slice(start).filter((event) => event.operation === 'Scan').length;

  beforeAll(async () => {
    db = await connect(backend().client, { logger: (event) => events.push(event) });
    // 50 products among 200 items of other entities: most items a Scan reads are not products.
    await db
      .getRepository(Product)
      .batchPut(skus.map((sku, i) => ({ sku, title: `Product ${i}`, stock: i })));
    await db.getRepository(Customer).batchPut(
      Array.from({ length: 100 }, (_, i) => ({
        id: `c${i}`,
        email: `c${i}@example.com`,
        name: `C${i}`,
      })),
    );
    await db.getRepository(Order).batchPut(
      Array.from({ length: 100 }, (_, i) => ({
        id: `o${i}`,
        customerId: `c${i % 10}`,
        placedAt: '2026-11-01',
        status: 'open',
        total: i,
      })),
    );
  });

  /** Every page of a scan, following the cursor (failing after 100 pages: a cursor that never ends). */
  const allPages = async (options: Omit<ScanOptions<Product>, 'allowScan' | 'cursor'>) => {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      if (pages.length === 100) throw new Error('the scan cursor never ends');
      const page = await db.getRepository(Product).scan({ allowScan: true, ...options, cursor });
      expect(page.items.every((item) => item instanceof Product)).toBe(true);
      pages.push(page.items.map((product) => product.sku));
      cursor = page.cursor;
    } while (cursor);
    return pages;
  };

  test.each([1, 4])(
    'limit is exact with %p segment(s) though other entities outnumber the products',
    async (segments) => {
      const page = await db.getRepository(Product).scan({ allowScan: true, limit: 10, segments });
      expect(page.items).toHaveLength(10);
      expect(new Set(page.items.map((p) => p.sku)).size).toBe(10);
      expect(page.cursor).toBeDefined();
    },
  );

  test.each([1, 3, 4])(
    'paging with %p segment(s) returns full pages and every product exactly once',
    async (segments) => {
      const pages = await allPages({ limit: 7, segments });
      const sizes = pages.map((page) => page.length);
      // 50 = 7 × 7 + 1; a last page may come back empty when the end is found after a full page.
      expect(sizes.slice(0, 7)).toEqual([7, 7, 7, 7, 7, 7, 7]);
      expect(sizes.slice(7).reduce((a, b) => a + b, 0)).toBe(1);
      expect(pages.flat().sort()).toEqual(skus);
    },
  );

  test('a filter that keeps few products still gives exact pages, across segments', async () => {
    for (const segments of [1, 2]) {
      const pages = await allPages({ limit: 4, segments, filter: { stock: { gte: 40 } } });
      const sizes = pages.map((page) => page.length).filter((size) => size > 0);
      expect(sizes).toEqual([4, 4, 2]);
      expect(pages.flat().sort()).toEqual(skus.slice(40));
    }
  });

  test('without limit, a parallel scan ends even when some segments hold no matching product', async () => {
    // Two matching products cannot be in all four segments.
    const pages = await allPages({ segments: 4, filter: { stock: { gte: 48 } } });
    expect(pages.flat().sort()).toEqual(['P48', 'P49']);
  });

  test('maxPages bounds the requests per segment of one page; by default a page reads on until full', async () => {
    const products = db.getRepository(Product);
    let start = events.length;
    const bounded = await products.scan({ allowScan: true, limit: 10, segments: 2, maxPages: 1 });
    expect(scansSince(start)).toBe(2);
    expect(bounded.items.length).toBeLessThan(10);
    expect(bounded.cursor).toBeDefined();

    start = events.length;
    const rest = await products.scan({
      allowScan: true,
      limit: 10,
      segments: 2,
      cursor: bounded.cursor,
    });
    expect(rest.items).toHaveLength(10);
    expect(scansSince(start)).toBeLessThanOrEqual(2 * 10);
    const seen = [...bounded.items, ...rest.items].map((p) => p.sku);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
