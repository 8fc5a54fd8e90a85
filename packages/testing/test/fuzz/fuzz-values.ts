import fc from 'fast-check';

/**
 * Random JSON for the parts of a request that carry data, in wire form: attribute values and
 * items (valid, invalid and absurd), and the odd member of the wrong JSON type or null.
 */

/** Any JSON value, small: what a member of the wrong type may be. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 1000 }),
  fc.constantFrom('', 'x', '1', 'true', 'ALL', 'S'),
  fc.constant([]),
  fc.constant({}),
  fc.constant([null]),
  fc.constant({ S: 'x' }),
);

const NAMES = ['pk', 'sk', 'a', 'b', 'c', 'd', 'gpk', 'gsk', 'lsk', 'n', 'l', 'm', 's', 'x'];
export const attributeName = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 8 },
  { arbitrary: fc.constantFrom('', '__proto__', 'a.b', '#a', 'é'), weight: 1 },
);

const numberText = fc.oneof(
  { arbitrary: fc.integer({ min: -5, max: 20 }).map(String), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      '1.50',
      '-0',
      '1e3',
      '0.1',
      '9'.repeat(39),
      'abc',
      '',
      ' 1',
      '1e200',
      'NaN',
    ),
    weight: 1,
  },
);
const stringText = fc.oneof(
  { arbitrary: fc.constantFrom('x', 'y', 'open', 'done', 'p', 'q'), weight: 6 },
  { arbitrary: fc.string({ maxLength: 5 }), weight: 2 },
);
const base64 = fc.constantFrom('AQ==', 'AgM=', '', '!!');

/** An AttributeValue: mostly valid, sometimes empty, ambiguous or of the wrong JSON type. */
export const attributeValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { arbitrary: stringText.map((S) => ({ S })), weight: 6 },
    { arbitrary: numberText.map((N) => ({ N })), weight: 5 },
    { arbitrary: base64.map((B) => ({ B })), weight: 1 },
    { arbitrary: fc.boolean().map((BOOL) => ({ BOOL })), weight: 1 },
    { arbitrary: fc.constantFrom(true, false).map((NULL) => ({ NULL })), weight: 1 },
    { arbitrary: fc.array(stringText, { maxLength: 3 }).map((SS) => ({ SS })), weight: 1 },
    { arbitrary: fc.array(numberText, { maxLength: 3 }).map((NS) => ({ NS })), weight: 1 },
    { arbitrary: fc.array(base64, { maxLength: 2 }).map((BS) => ({ BS })), weight: 1 },
    { arbitrary: fc.array(tie('value'), { maxLength: 3 }).map((L) => ({ L })), weight: 1 },
    {
      arbitrary: fc.dictionary(attributeName, tie('value'), { maxKeys: 3 }).map((M) => ({ M })),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom(
        {},
        { S: 'a', N: '1' },
        { S: 5 },
        { SS: [null] },
        { L: [null] },
        null,
        'x',
      ),
      weight: 1,
    },
  ),
})).value;

/** A map of attribute values (an Item, a Key, ExclusiveStartKey, ExpressionAttributeValues). */
export function attributeMap(
  names: fc.Arbitrary<string>,
  maxKeys = 4,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(names, attributeValue, { maxKeys });
}

/** A primary key of the fuzzed table T (pk, sk strings): usually valid, sometimes not. */
export const key: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.record({
      pk: fc.constantFrom('p1', 'p2', 'p3').map((S) => ({ S })),
      sk: fc.constantFrom('1', '2').map((S) => ({ S })),
    }),
    weight: 8,
  },
  { arbitrary: attributeMap(attributeName, 3), weight: 2 },
  { arbitrary: anyJson, weight: 1 },
);

/** An item for T: a valid key plus random attributes, or anything. */
export const item: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc
      .tuple(key, attributeMap(attributeName, 4))
      .map(([itemKey, rest]) =>
        itemKey !== null && typeof itemKey === 'object' ? { ...rest, ...itemKey } : itemKey,
      ),
    weight: 9,
  },
  { arbitrary: anyJson, weight: 1 },
);

/** A value, or (rarely) a member of the wrong JSON type or null in its place. */
export function maybeBroken<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary, weight: 30 }, { arbitrary: anyJson, weight: 1 });
}
