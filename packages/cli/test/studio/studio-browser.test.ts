import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Repository } from '@monotable/core';
import { getRepositoryToken } from '@monotable/nestjs';
import { Order, Product } from '../../../../apps/sample/src/model';
import { startShopStudio, type ShopStudio } from '../../../../apps/sample/src/studio';

/** Debian's `chromium` package (installed by .ci/run); CHROMIUM_PATH points elsewhere. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');
/** STUDIO_DOCS_SCREENSHOTS=1 also writes the screenshots docs/studio.md shows. */
const DOCS_IMAGES = join(__dirname, '..', '..', '..', '..', 'docs', 'images');

const installed = existsSync(CHROMIUM);
if (!installed) {
  console.warn(
    `Skipping the studio browser test: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}
const describeInChromium = installed ? describe : describe.skip;

/** A full-page artifact; for the docs, what the window shows ('view') or the whole page. */
async function screenshot(page: Page, name: string, docs?: 'view' | 'page'): Promise<void> {
  if (docs && process.env.STUDIO_DOCS_SCREENSHOTS === '1') {
    await page.screenshot({ path: join(DOCS_IMAGES, `${name}.png`), fullPage: docs === 'page' });
  }
  // From the top, or the sticky header is drawn where the window was scrolled to.
  await page.mouse.wheel(0, -100_000);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describeInChromium(`monotable studio in Chromium (${CHROMIUM}) on the sample shop`, () => {
  let shop: ShopStudio;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    shop = await startShopStudio(0);
    // CI runs as root in a container: no sandbox, and /dev/shm may be small.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('opens on the shop table as the single-table grid: item collections, one colour per entity', async () => {
    await page.goto(shop.url);
    const ada = page.locator('tbody.partition', {
      has: page.locator('th', { hasText: 'CUSTOMER#ada' }),
    });
    await ada.first().waitFor();
    const entities = await ada
      .first()
      .locator('tr.item-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entity')));
    expect(entities).toEqual(expect.arrayContaining(['Customer', 'Address', 'Order']));
    await expect(
      page.getByText(/^\d+ items in \d+ partitions \(Scan, [\d.]+ capacity units\)$/).count(),
    ).resolves.toBe(1);
    const headers = await page.locator('table.grid thead th').allTextContents();
    expect(headers.slice(0, 3)).toEqual(['Entity', 'PK', 'SK']);
    // One colour per entity: every Customer row alike, every Order row alike, the two different.
    const colours = async (entity: string) =>
      new Set(
        await page
          .locator(`tr.item-row[data-entity="${entity}"]`)
          .evaluateAll((rows) =>
            rows.map((row) => (globalThis as any).getComputedStyle(row).backgroundColor as string),
          ),
      );
    const [customer, order] = [await colours('Customer'), await colours('Order')];
    expect([customer.size, order.size]).toEqual([1, 1]);
    expect([...customer][0]).not.toEqual([...order][0]);
    // The docs show the customer's item collection: scroll it under the sticky header.
    const box = await ada.first().boundingBox();
    await page.mouse.wheel(0, box!.y - 70);
    await page.waitForTimeout(300);
    await screenshot(page, 'studio-grid', 'view');
  });

  it('re-groups the same items by an index: the products of a category, the orders of a customer', async () => {
    await page.getByLabel('View', { exact: true }).selectOption('GSI1');
    const tools = page.locator('tbody.partition', {
      has: page.locator('th', { hasText: /^CATEGORY#tools/ }),
    });
    await tools.waitFor();
    expect(await tools.locator('tr.item-row').count()).toBe(3); // anvil, hammer, tongs
    const headers = await page.locator('table.grid thead th').allTextContents();
    expect(headers.slice(0, 3)).toEqual(['Entity', 'GSI1PK', 'GSI1SK']);
    await screenshot(page, 'studio-index-view');
    await page.getByLabel('View', { exact: true }).selectOption('');
    await page
      .locator('tbody.partition', { has: page.locator('th', { hasText: /^CUSTOMER#ada/ }) })
      .waitFor();
  });

  it('reads the whole table only after asking, as a segmented scan', async () => {
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Read whole table' }).click();
    await expect(page.getByText(/\(Scan, [\d.]+ capacity units\)$/).count()).resolves.toBe(1);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('scans every item');
      return dialog.accept();
    });
    await page.getByRole('button', { name: 'Read whole table' }).click();
    await page.getByText(/^\d+ items in \d+ partitions \(Scan \(whole table\)\)$/).waitFor();
    const partitions = await page.locator('tbody.partition').count();
    expect(partitions).toBeGreaterThan(10);
  });

  it('moves between the views with the keyboard, to the model of every entity', async () => {
    await page.getByRole('tab', { name: 'Data' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Model');
    const order = page.getByRole('article', { name: /^Order schema/ });
    await order.waitFor();
    expect(await order.getByRole('row', { name: /^GSI1/ }).textContent()).toContain(
      'ORDER#{status}#{id}',
    );
    expect(await order.getByRole('row', { name: /^version/ }).textContent()).toContain('version');
    await screenshot(page, 'studio-model');
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Data');
  });

  it('finds "orders of a customer, newest first" in the catalogue and runs it', async () => {
    await page.getByRole('tab', { name: 'Access patterns' }).click();
    const row = page.getByRole('row', { name: /orders of a customer, newest first/ });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('Query');
    await screenshot(page, 'studio-access-patterns', 'view');
    await page.getByRole('button', { name: 'Run orders of a customer, newest first' }).click();

    expect(await page.getByLabel('Entity').inputValue()).toBe('Order');
    expect(await page.getByLabel('Access pattern').inputValue()).toBe('Order.query.table.desc');

    // The keyboard alone fills the slot and submits.
    const slot = page.getByLabel('customerId');
    await slot.focus();
    await page.keyboard.type('ada');
    await page.keyboard.press('Enter');
    const results = page.getByRole('table', { name: 'Query results' });
    await results.waitFor();
    const statuses = await results.locator('tbody tr').evaluateAll((rows) => rows.length);
    expect(statuses).toBe(3);
    const explain = await page.getByLabel('Request').textContent();
    expect(explain).toContain('"operation": "Query"');
    expect(explain).toContain('"ScanIndexForward": false');
    await expect(page.locator('.capacity').textContent()).resolves.toMatch(
      /Query: [\d.]+ capacity units/,
    );
    await screenshot(page, 'studio-query', 'page');
  });

  it('edits the newest order through the repository: a validation error, then a saved change', async () => {
    const results = page.getByRole('table', { name: 'Query results' });
    await results.locator('tbody tr').first().getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: 'Edit Order' }).waitFor();
    const total = page.getByLabel(/^total/);
    await total.fill('-1');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^VALIDATION_FAILED Order is invalid: total/);
    await screenshot(page, 'studio-edit-error');

    await total.fill('4242');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Saved Order \(version \d+\)/ })
      .waitFor();
    await screenshot(page, 'studio-edit-saved');
    const customerId = await page.getByLabel(/^customerId/).inputValue();
    const id = await page.getByLabel(/^id\b/).inputValue();
    const orders = shop.app.get<Repository<Order>>(getRepositoryToken(Order));
    expect(await orders.get({ customerId, id })).toMatchObject({ total: 4242 });
  });

  it('creates a product in the editor: numbers typed as text are stored as numbers', async () => {
    await page.getByRole('button', { name: 'New Order' }).click();
    await page.getByLabel('Entity', { exact: true }).selectOption('Product');
    await page.getByRole('heading', { name: 'New Product' }).waitFor();
    for (const [field, value] of [
      ['sku', 'bellows'],
      ['name', 'Forge bellows'],
      ['category', 'tools'],
      ['price', '8900'],
      ['stock', '3'],
    ]) {
      await page.getByLabel(new RegExp(`^${field}\\b`)).fill(value);
    }
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('status').filter({ hasText: 'Created Product' }).waitFor();
    const products = shop.app.get<Repository<Product>>(getRepositoryToken(Product));
    expect(await products.get({ sku: 'bellows' })).toMatchObject({
      price: 8900,
      stock: 3,
      version: 1,
    });
  });

  it('fits a phone screen: the page never scrolls sideways, the wide grid scrolls in its box', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.locator('tbody.partition').first().waitFor();
    const pageWidth = await page.evaluate(
      () => (globalThis as any).document.documentElement.scrollWidth as number,
    );
    await screenshot(page, 'studio-phone');
    expect(pageWidth).toBeLessThanOrEqual(390);
  });
});
