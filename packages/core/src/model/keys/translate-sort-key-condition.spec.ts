import { KeyTemplateError } from '../errors';
import type { AttributeMetadata } from '../metadata/types';
import { compareUtf8 } from './compare-utf8';
import { parseKeyTemplate } from './parse-key-template';
import type { SortKeyCondition } from './sort-key-condition';
import { translateSortKeyCondition } from './translate-sort-key-condition';

type AttributeSpec = Partial<AttributeMetadata> & { propertyName: string };
const attributes = (...list: AttributeSpec[]) =>
  new Map(
    list.map((a) => [
      a.propertyName,
      { attributeName: a.propertyName, type: 'string', ...a } as AttributeMetadata,
    ]),
  );

const orderAttributes = attributes(
  { propertyName: 'placedAt' },
  { propertyName: 'id' },
  { propertyName: 'n', type: 'number', padding: 4 },
  { propertyName: 'count', type: 'number' },
  { propertyName: 'at', type: 'date' },
);
const sk = parseKeyTemplate('ORDER#{placedAt}#{id}');
const translate = (where: Record<string, unknown> | undefined, template = sk) =>
  translateSortKeyCondition(template, where, orderAttributes, 'Order');

/** Whether DynamoDB's key condition selects a sort key (string keys compare by UTF-8 bytes). */
function selects(condition: SortKeyCondition | undefined, key: string): boolean {
  if (!condition) return true;
  const c = compareUtf8(key, condition.value);
  switch (condition.op) {
    case 'eq':
      return c === 0;
    case 'lt':
      return c < 0;
    case 'lte':
      return c <= 0;
    case 'gt':
      return c > 0;
    case 'gte':
      return c >= 0;
    case 'beginsWith':
      return key.startsWith(condition.value);
    case 'between':
      return c >= 0 && compareUtf8(key, condition.value2) <= 0;
  }
}

describe('translateSortKeyCondition', () => {
  it('selects only the entity items without a where', () => {
    expect(translate(undefined)).toEqual({ op: 'beginsWith', value: 'ORDER#' });
    expect(translate({})).toEqual({ op: 'beginsWith', value: 'ORDER#' });
    expect(translate(undefined, parseKeyTemplate('PROFILE'))).toEqual({
      op: 'eq',
      value: 'PROFILE',
    });
    expect(translate(undefined, parseKeyTemplate('{id}'))).toBeUndefined();
    expect(
      translateSortKeyCondition(undefined, undefined, orderAttributes, 'Order'),
    ).toBeUndefined();
  });

  it('translates beginsWith on the first slot', () => {
    expect(translate({ placedAt: { beginsWith: '2026-11' } })).toEqual({
      op: 'beginsWith',
      value: 'ORDER#2026-11',
    });
  });

  it('translates equality on leading slots to a prefix, and on all slots to eq', () => {
    expect(translate({ placedAt: '2026-11-03' })).toEqual({
      op: 'beginsWith',
      value: 'ORDER#2026-11-03#',
    });
    expect(translate({ placedAt: { eq: '2026-11-03' } })).toEqual({
      op: 'beginsWith',
      value: 'ORDER#2026-11-03#',
    });
    expect(translate({ placedAt: 'x', id: 'y' })).toEqual({ op: 'eq', value: 'ORDER#x#y' });
    expect(translate({ placedAt: 'x', id: { beginsWith: 'y' } })).toEqual({
      op: 'beginsWith',
      value: 'ORDER#x#y',
    });
  });

  it('translates ranges on a slot followed by another slot to whole-value bounds', () => {
    expect(translate({ placedAt: { gte: 'a' } })).toEqual({
      op: 'between',
      value: 'ORDER#a#',
      value2: 'ORDER$',
    });
    expect(translate({ placedAt: { gt: 'a' } })).toEqual({
      op: 'between',
      value: 'ORDER#a$',
      value2: 'ORDER$',
    });
    expect(translate({ placedAt: { lte: 'b' } })).toEqual({
      op: 'between',
      value: 'ORDER#',
      value2: 'ORDER#b$',
    });
    // lt needs an inclusive bound to stay within the prefix: the last string below 'ORDER#b#'
    // is approximated with U+10FFFF, the greatest character.
    expect(translate({ placedAt: { lt: 'b' } })).toEqual({
      op: 'between',
      value: 'ORDER#',
      value2: 'ORDER#b"\u{10FFFF}',
    });
    expect(translate({ placedAt: { between: ['a', 'b'] } })).toEqual({
      op: 'between',
      value: 'ORDER#a#',
      value2: 'ORDER#b$',
    });
  });

  it('translates ranges on the last slot to plain bounds', () => {
    expect(translate({ placedAt: 'x', id: { gt: 'a' } })).toEqual({
      op: 'between',
      value: 'ORDER#x#a\u0000',
      value2: 'ORDER#x$',
    });
    expect(translate({ placedAt: 'x', id: { gte: 'a' } })).toEqual({
      op: 'between',
      value: 'ORDER#x#a',
      value2: 'ORDER#x$',
    });
    expect(translate({ placedAt: 'x', id: { lt: 'b' } })).toEqual({
      op: 'between',
      value: 'ORDER#x#',
      value2: 'ORDER#x#a\u{10FFFF}',
    });
    expect(translate({ placedAt: 'x', id: { lte: 'b' } })).toEqual({
      op: 'between',
      value: 'ORDER#x#',
      value2: 'ORDER#x#b',
    });
    expect(translate({ placedAt: 'x', id: { between: ['a', 'b'] } })).toEqual({
      op: 'between',
      value: 'ORDER#x#a',
      value2: 'ORDER#x#b',
    });
  });

  it('renders values as keys do: padded numbers and ISO dates', () => {
    const template = parseKeyTemplate('N#{n}#{at}');
    expect(translate({ n: { between: [5, 120] } }, template)).toEqual({
      op: 'between',
      value: 'N#0005#',
      value2: 'N#0120$',
    });
    const at = new Date('2026-11-03T00:00:00.000Z');
    expect(translate({ n: 5, at: { gte: at } }, template)).toEqual({
      op: 'between',
      value: 'N#0005#2026-11-03T00:00:00.000Z',
      value2: 'N#0005$',
    });
  });

  it.each([
    [{ id: 'y' }, 'a condition on id needs an equality value for placedAt too'],
    [
      { placedAt: { gt: 'a' }, id: 'y' },
      "placedAt has 'gt' but a later slot is also given: only the last given slot may use a range or beginsWith",
    ],
    [
      { placedAt: { gt: 'a', lt: 'b' } },
      'placedAt needs exactly one operator of eq, lt, lte, gt, gte, between, beginsWith; got gt, lt',
    ],
    [
      { placedAt: { contains: 'a' } },
      "placedAt uses 'contains', which a sort key condition does not support",
    ],
    [{ placedAt: { between: ['a'] } }, 'placedAt between needs [low, high]'],
    [
      { status: 'open' },
      "'status' is not a sort key slot; where takes placedAt, id — put other conditions in filter",
    ],
    [{ placedAt: { beginsWith: 'a#b' } }, "beginsWith needs a string without '#'"],
    [{ placedAt: { between: ['b', 'a'] } }, 'between needs [low, high], got [b, a]'],
    [{ placedAt: { gt: 'a#' } }, 'contains the key separator'],
  ])('rejects %p', (where, message) => {
    expect(() => translate(where)).toThrow(KeyTemplateError);
    expect(() => translate(where)).toThrow(message);
  });

  it('refuses ranges on unpadded numbers, whose keys do not sort numerically', () => {
    expect(() => translate({ count: { gt: 5 } }, parseKeyTemplate('C#{count}'))).toThrow(
      /Order.count is a number without padding.*set @Attribute\(\{ padding \}\) to use gt/,
    );
  });

  it('refuses a where on an entity without a sort key', () => {
    expect(() =>
      translateSortKeyCondition(undefined, { id: 'x' }, orderAttributes, 'Order'),
    ).toThrow('Order has no sort key');
  });
});

describe('translateSortKeyCondition selects exactly what the entity-level condition means', () => {
  // Every character sorts above '#' (see slotRange); includes multi-byte ones, where UTF-8 and
  // UTF-16 order differ ('\uffff' vs an emoji).
  const alphabet = ['$', '%', '-', '0', '9', ':', 'A', 'a', 'b', '~', 'é', '\uffff', '😀'];
  const values = [...alphabet, ...alphabet.flatMap((x) => ['a', '$', '😀'].map((y) => x + y))];
  const ids = ['$', 'a', 'a$', 'b', '😀'];
  const keys = values.flatMap((placedAt) =>
    ids.map((id) => ({ placedAt, id, key: `ORDER#${placedAt}#${id}` })),
  );
  const foreign = ['ORDER', 'ORDER#', 'ORDER$', 'ORDEQ#z', 'PROFILE', 'A#b'];
  const probes = ['a', 'a$', '$', '-', 'é', '\uffff', '😀', 'b~', 'zz'];
  const cmp = compareUtf8;

  // The same rows keyed without a leading literal, where the translation has no prefix to keep to.
  const bareTemplate = parseKeyTemplate('{placedAt}#{id}');
  const bareKeys = keys.map((row) => ({ ...row, key: `${row.placedAt}#${row.id}` }));

  const check = (
    where: Record<string, unknown>,
    means: (row: { placedAt: string; id: string }) => boolean,
  ) => {
    const bare = translate(where, bareTemplate);
    expect(bareKeys.filter((row) => selects(bare, row.key))).toEqual(bareKeys.filter(means));
    const condition = translate(where);
    const selected = keys.filter((row) => selects(condition, row.key)).map((row) => row.key);
    expect(selected).toEqual(keys.filter(means).map((row) => row.key));
    for (const key of foreign) {
      // Other entities' items are filtered out by type anyway, but the conditions stay within
      // the entity's prefix: at most the bounds themselves, never an item of this entity.
      expect(selects(condition, key) && !['ORDER#', 'ORDER$'].includes(key)).toBe(false);
    }
  };

  it.each(probes)('on the first slot around %p', (x) => {
    check({ placedAt: { gt: x } }, (r) => cmp(r.placedAt, x) > 0);
    check({ placedAt: { gte: x } }, (r) => cmp(r.placedAt, x) >= 0);
    check({ placedAt: { lt: x } }, (r) => cmp(r.placedAt, x) < 0);
    check({ placedAt: { lte: x } }, (r) => cmp(r.placedAt, x) <= 0);
    check({ placedAt: x }, (r) => r.placedAt === x);
    check({ placedAt: { beginsWith: x } }, (r) => r.placedAt.startsWith(x));
    for (const y of probes.filter((p) => cmp(p, x) >= 0)) {
      check(
        { placedAt: { between: [x, y] } },
        (r) => cmp(r.placedAt, x) >= 0 && cmp(r.placedAt, y) <= 0,
      );
    }
  });

  it.each(probes)('on the last slot around %p', (y) => {
    for (const x of ['a', '😀']) {
      const on = (r: { placedAt: string }) => r.placedAt === x;
      check({ placedAt: x, id: { gt: y } }, (r) => on(r) && cmp(r.id, y) > 0);
      check({ placedAt: x, id: { gte: y } }, (r) => on(r) && cmp(r.id, y) >= 0);
      check({ placedAt: x, id: { lt: y } }, (r) => on(r) && cmp(r.id, y) < 0);
      check({ placedAt: x, id: { lte: y } }, (r) => on(r) && cmp(r.id, y) <= 0);
      check({ placedAt: x, id: y }, (r) => on(r) && r.id === y);
      check(
        { placedAt: x, id: { between: ['$', y] } },
        (r) => on(r) && cmp(r.id, '$') >= 0 && cmp(r.id, y) <= 0,
      );
    }
  });

  it('on a padded number slot, in numeric order', () => {
    const template = parseKeyTemplate('N#{n}#{id}');
    const rows = [0, 1, 5, 9, 10, 42, 99, 100, 1000, 9999].flatMap((n) =>
      ['a', 'b'].map((id) => ({ n, key: `N#${String(n).padStart(4, '0')}#${id}` })),
    );
    for (const x of [0, 5, 10, 99, 100, 9999]) {
      for (const [op, means] of [
        ['gt', (n: number) => n > x],
        ['gte', (n: number) => n >= x],
        ['lt', (n: number) => n < x],
        ['lte', (n: number) => n <= x],
      ] as const) {
        const condition = translate({ n: { [op]: x } }, template);
        expect(rows.filter((r) => selects(condition, r.key))).toEqual(
          rows.filter((r) => means(r.n)),
        );
      }
    }
  });
});

describe('translateSortKeyCondition with a slot at the start of the key', () => {
  const template = parseKeyTemplate('{placedAt}#{id}');
  it('uses exact one-sided operators', () => {
    expect(translate({ placedAt: { gt: 'a' } }, template)).toEqual({ op: 'gte', value: 'a$' });
    expect(translate({ placedAt: { gte: 'a' } }, template)).toEqual({ op: 'gte', value: 'a#' });
    expect(translate({ placedAt: { lt: 'a' } }, template)).toEqual({ op: 'lt', value: 'a#' });
    expect(translate({ placedAt: { lte: 'a' } }, template)).toEqual({ op: 'lt', value: 'a$' });
    expect(translate({ placedAt: { between: ['a', 'b'] } }, template)).toEqual({
      op: 'between',
      value: 'a#',
      value2: 'b$',
    });
    expect(translate({ placedAt: { beginsWith: '' } }, template)).toBeUndefined();
  });
});
