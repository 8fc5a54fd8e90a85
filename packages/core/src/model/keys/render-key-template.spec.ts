import { KeyTemplateError } from '../errors';
import type { AttributeMetadata } from '../metadata/types';
import { compareUtf8 } from './compare-utf8';
import { parseKeyTemplate } from './parse-key-template';
import { parseKeyValue } from './parse-key-value';
import { renderKeyPrefix, renderKeyTemplate, renderPartitionKey } from './render-key-template';

type AttributeSpec = Partial<AttributeMetadata> & { propertyName: string };
const attributes = (...list: AttributeSpec[]) =>
  new Map(
    list.map((a) => [
      a.propertyName,
      { attributeName: a.propertyName, type: 'string', ...a } as AttributeMetadata,
    ]),
  );

const orderAttributes = attributes(
  { propertyName: 'placedAt', type: 'date' },
  { propertyName: 'id' },
  { propertyName: 'total', type: 'number', padding: 6 },
  { propertyName: 'count', type: 'number' },
  { propertyName: 'paid', type: 'boolean' },
);
const sk = parseKeyTemplate('ORDER#{placedAt}#{id}');

describe('renderKeyTemplate', () => {
  it('renders dates as ISO-8601 and strings as they are', () => {
    const placedAt = new Date('2026-11-03T10:00:00.000Z');
    expect(renderKeyTemplate(sk, { placedAt, id: 'o1' }, orderAttributes, 'Order')).toBe(
      'ORDER#2026-11-03T10:00:00.000Z#o1',
    );
  });

  it('renders booleans and unpadded numbers', () => {
    const template = parseKeyTemplate('P#{paid}#{count}');
    expect(
      renderKeyTemplate(template, { paid: false, count: 12.5 }, orderAttributes, 'Order'),
    ).toBe('P#false#12.5');
  });

  it('zero-pads numbers to the padding width so keys sort numerically', () => {
    const template = parseKeyTemplate('TOTAL#{total}');
    expect(renderKeyTemplate(template, { total: 42 }, orderAttributes, 'Order')).toBe(
      'TOTAL#000042',
    );
    expect(renderKeyTemplate(template, { total: 3.5 }, orderAttributes, 'Order')).toBe(
      'TOTAL#000003.5',
    );
    const numbers = [0, 1, 9, 10, 99, 100, 123456, 7.25, 7.5, 70, 999.9, 1000];
    const keys = numbers.map((total) =>
      renderKeyTemplate(template, { total }, orderAttributes, 'Order'),
    );
    const byKey = [...keys].sort(compareUtf8);
    const byNumber = [...numbers]
      .sort((a, b) => a - b)
      .map((total) => keys[numbers.indexOf(total)]);
    expect(byKey).toEqual(byNumber);
  });

  it('refuses negative numbers and numbers wider than the padding', () => {
    const template = parseKeyTemplate('TOTAL#{total}');
    expect(() => renderKeyTemplate(template, { total: -1 }, orderAttributes, 'Order')).toThrow(
      "Order.total is -1: negative numbers cannot be zero-padded (they would sort wrongly) (key template 'TOTAL#{total}')",
    );
    expect(() => renderKeyTemplate(template, { total: 1234567 }, orderAttributes, 'Order')).toThrow(
      /has more than 6 digits; raise @Attribute\(\{ padding \}\)/,
    );
    expect(() => renderKeyTemplate(template, { total: NaN }, orderAttributes, 'Order')).toThrow(
      /finite number/,
    );
  });

  it.each([
    [
      { placedAt: '2026', id: 'a#b' },
      `Order.id is "a#b", which contains the key separator '#' (key template 'ORDER#{placedAt}#{id}')`,
    ],
    [
      { placedAt: '2026', id: '' },
      "Order.id is empty; key slots need a non-empty value (key template 'ORDER#{placedAt}#{id}')",
    ],
    [
      { placedAt: '2026' },
      "Order.id is missing; the key needs it (key template 'ORDER#{placedAt}#{id}')",
    ],
    [{ placedAt: '2026', id: null }, 'Order.id is missing'],
    [{ placedAt: new Date('x'), id: 'a' }, 'Order.placedAt is an invalid Date'],
    [
      { placedAt: '2026', id: { x: 1 } },
      'Order.id is an object; key slots take strings, numbers, booleans and dates',
    ],
  ])('rejects %p', (values, message) => {
    expect(() => renderKeyTemplate(sk, values, orderAttributes, 'Order')).toThrow(KeyTemplateError);
    expect(() => renderKeyTemplate(sk, values, orderAttributes, 'Order')).toThrow(message);
  });
});

describe('renderKeyPrefix', () => {
  it('renders up to the first slot without a value', () => {
    expect(renderKeyPrefix(sk, {}, orderAttributes, 'Order')).toEqual({
      value: 'ORDER#',
      complete: false,
    });
    expect(renderKeyPrefix(sk, { placedAt: '2026-11-03' }, orderAttributes, 'Order')).toEqual({
      value: 'ORDER#2026-11-03#',
      complete: false,
    });
    expect(renderKeyPrefix(sk, { placedAt: 'd', id: 'x' }, orderAttributes, 'Order')).toEqual({
      value: 'ORDER#d#x',
      complete: true,
    });
    expect(renderKeyPrefix(sk, { id: 'x' }, orderAttributes, 'Order').value).toBe('ORDER#');
  });

  it('still rejects separators in the values it renders', () => {
    expect(() => renderKeyPrefix(sk, { placedAt: 'a#b' }, orderAttributes, 'Order')).toThrow(
      KeyTemplateError,
    );
  });
});

describe('renderPartitionKey', () => {
  const pk = parseKeyTemplate('CUSTOMER#{customerId}');
  it('renders the partition key of a query', () => {
    expect(
      renderPartitionKey(
        pk,
        { customerId: 'c1' },
        attributes({ propertyName: 'customerId' }),
        'Order',
      ),
    ).toBe('CUSTOMER#c1');
  });
  it('names the missing slot', () => {
    expect(() =>
      renderPartitionKey(pk, {}, attributes({ propertyName: 'customerId' }), 'Order'),
    ).toThrow(
      "A query on Order needs the partition key value customerId (partition key template 'CUSTOMER#{customerId}')",
    );
  });
});

describe('parseKeyValue', () => {
  it('reads property values back with their types', () => {
    const template = parseKeyTemplate('T#{total}#{placedAt}#{paid}#{id}');
    const values = {
      total: 42,
      placedAt: new Date('2026-11-03T10:00:00.000Z'),
      paid: true,
      id: 'o-1',
    };
    const key = renderKeyTemplate(template, values, orderAttributes, 'Order');
    expect(key).toBe('T#000042#2026-11-03T10:00:00.000Z#true#o-1');
    expect(parseKeyValue(template, key, orderAttributes)).toEqual(values);
  });

  it.each(['ORDER#x', 'ORDER#x#y#z', 'INVOICE#x#y', 'ORDER##y'])('does not match %s', (key) => {
    expect(
      parseKeyValue(sk, key, attributes({ propertyName: 'placedAt' }, { propertyName: 'id' })),
    ).toBeUndefined();
  });

  it('does not match values of the wrong type', () => {
    const template = parseKeyTemplate('T#{total}');
    expect(parseKeyValue(template, 'T#abc', orderAttributes)).toBeUndefined();
    expect(parseKeyValue(parseKeyTemplate('P#{paid}'), 'P#yes', orderAttributes)).toBeUndefined();
    expect(parseKeyValue(sk, 'ORDER#not-a-date#x', orderAttributes)).toBeUndefined();
  });
});
