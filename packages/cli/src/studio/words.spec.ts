import { entityWords, plural, withArticle } from './words';

describe('catalogue words', () => {
  it('names an entity in a sentence', () => {
    expect(entityWords('OrderLine')).toBe('order line');
    expect(entityWords('Customer')).toBe('customer');
    expect(entityWords('audit_log-entry')).toBe('audit log entry');
  });

  it('puts it in the plural', () => {
    expect(plural('order line')).toBe('order lines');
    expect(plural('category')).toBe('categories');
    expect(plural('address')).toBe('addresses');
    expect(plural('day')).toBe('days');
  });

  it('gives it its article', () => {
    expect(withArticle('order')).toBe('an order');
    expect(withArticle('customer')).toBe('a customer');
  });
});
