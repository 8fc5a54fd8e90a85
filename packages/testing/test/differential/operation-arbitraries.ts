import fc from 'fast-check';
import type { NativeItem, NativeValue } from '../conformance/harness/attribute-values';
import { del, get, put, query, scan, update, type Step } from '../conformance/harness/steps';

/** Small domains, so that generated operations keep hitting the same items. */
const pk = fc.constantFrom('a', 'b', 'c');
const sk = fc.constantFrom('1', '2', '3', '4');
const status = fc.constantFrom('open', 'done');
const smallInt = fc.integer({ min: -3, max: 5 });
const tags = fc
  .uniqueArray(fc.constantFrom('x', 'y', 'z'), { minLength: 1, maxLength: 3 })
  .map((members) => new Set(members));
const value: fc.Arbitrary<NativeValue> = fc.oneof(
  fc.string({ maxLength: 4 }),
  smallInt,
  fc.array(smallInt, { maxLength: 3 }),
  fc.record({ k: fc.string({ maxLength: 2 }) }),
);
const key = fc.record({ pk, sk });

/** `status` is a reserved word: every expression reaches it through #st. */
const STATUS_NAME = { '#st': 'status' };

interface Condition {
  expression: string;
  values?: NativeItem;
  names?: Record<string, string>;
}

const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.constant({ expression: 'attribute_not_exists(pk)' }),
  fc.constant({ expression: 'attribute_exists(pk)' }),
  smallInt.map((n) => ({ expression: 'n >= :c', values: { ':c': n } })),
  status.map((s) => ({ expression: '#st = :cs', values: { ':cs': s }, names: STATUS_NAME })),
  fc.constant({ expression: 'attribute_type(v, :ct)', values: { ':ct': 'L' } }),
);

/** A condition on about a third of the writes: most writes should change the table. */
const maybeCondition = fc.oneof(
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: condition, weight: 1 },
);

/** Spreads an optional condition into request fields, merging placeholder maps. */
function withCondition(
  extra: Record<string, unknown>,
  cond: Condition | null,
  field = 'ConditionExpression',
): Record<string, unknown> {
  if (cond === null) return extra;
  const values = { ...(extra.ExpressionAttributeValues as NativeItem | undefined), ...cond.values };
  const names = {
    ...(extra.ExpressionAttributeNames as Record<string, string> | undefined),
    ...cond.names,
  };
  return {
    ...extra,
    [field]: cond.expression,
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
    ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
  };
}

const item: fc.Arbitrary<NativeItem> = fc
  .record({ pk, sk, status, n: smallInt, v: value, tags }, { requiredKeys: ['pk', 'sk'] })
  .map((fields) => ({ ...fields, gsk: `${fields.pk}#${fields.sk}` }) as NativeItem);

const putStep = fc
  .tuple(item, maybeCondition, fc.constantFrom('NONE', 'ALL_OLD'))
  .map(([fields, cond, returnValues]) =>
    put(fields, withCondition({ ReturnValues: returnValues }, cond)),
  );

interface Action {
  clause: 'SET' | 'REMOVE' | 'ADD' | 'DELETE';
  text: string;
  values?: NativeItem;
  names?: Record<string, string>;
}

const action: fc.Arbitrary<Action> = fc.oneof(
  smallInt.map((n) => ({ clause: 'SET' as const, text: 'n = :n', values: { ':n': n } })),
  status.map((s) => ({
    clause: 'SET' as const,
    text: '#st = :st',
    values: { ':st': s },
    names: STATUS_NAME,
  })),
  fc.constant({ clause: 'REMOVE' as const, text: '#st', names: STATUS_NAME }),
  fc.constant({ clause: 'REMOVE' as const, text: 'n' }),
  smallInt.map((d) => ({ clause: 'ADD' as const, text: 'n :d', values: { ':d': d } })),
  tags.map((t) => ({ clause: 'ADD' as const, text: 'tags :ta', values: { ':ta': t } })),
  tags.map((t) => ({ clause: 'DELETE' as const, text: 'tags :td', values: { ':td': t } })),
  value.map((v) => ({ clause: 'SET' as const, text: 'v = :v', values: { ':v': v } })),
  fc.array(smallInt, { minLength: 1, maxLength: 2 }).map((l) => ({
    clause: 'SET' as const,
    text: 'v = list_append(if_not_exists(v, :empty), :l)',
    values: { ':empty': [], ':l': l },
  })),
);

function updateExpression(actions: Action[]): {
  expression: string;
  values: NativeItem;
  names: Record<string, string>;
} {
  const clauses = new Map<string, string[]>();
  for (const each of actions)
    clauses.set(each.clause, [...(clauses.get(each.clause) ?? []), each.text]);
  return {
    expression: [...clauses].map(([clause, parts]) => `${clause} ${parts.join(', ')}`).join(' '),
    values: Object.assign({}, ...actions.map((each) => each.values ?? {})),
    names: Object.assign({}, ...actions.map((each) => each.names ?? {})),
  };
}

const updateStep = fc
  .tuple(
    key,
    // One action per attribute: overlapping paths are a validation error the conformance suite covers.
    fc.uniqueArray(action, {
      minLength: 1,
      maxLength: 3,
      selector: (each) => each.text.split(/[ ,]/)[0],
    }),
    maybeCondition,
    fc.constantFrom('NONE', 'ALL_NEW', 'ALL_OLD', 'UPDATED_NEW', 'UPDATED_OLD'),
  )
  .map(([target, actions, cond, returnValues]) => {
    const { expression, values, names } = updateExpression(actions);
    const extra: Record<string, unknown> = { ReturnValues: returnValues };
    if (Object.keys(values).length > 0) extra.ExpressionAttributeValues = values;
    if (Object.keys(names).length > 0) extra.ExpressionAttributeNames = names;
    return update(target, expression, withCondition(extra, cond));
  });

const deleteStep = fc
  .tuple(key, maybeCondition, fc.constantFrom('NONE', 'ALL_OLD'))
  .map(([target, cond, returnValues]) =>
    del(target, withCondition({ ReturnValues: returnValues }, cond)),
  );

const getStep = fc.tuple(key, fc.boolean(), fc.boolean()).map(([target, consistent, projected]) =>
  get(target, {
    ConsistentRead: consistent,
    ...(projected ? { ProjectionExpression: 'sk, n, tags' } : {}),
  }),
);

const sortCondition = fc.option(
  fc.oneof(
    sk.map((s) => ({ text: ' AND sk >= :s', values: { ':s': s } })),
    fc.tuple(sk, sk).map(([x, y]) => ({
      text: ' AND sk BETWEEN :lo AND :hi',
      values: { ':lo': x < y ? x : y, ':hi': x < y ? y : x },
    })),
    fc.constant({ text: ' AND begins_with(sk, :p)', values: { ':p': '2' } }),
  ),
);

const tableQuery = fc
  .tuple(
    pk,
    sortCondition,
    fc.boolean(),
    fc.option(fc.integer({ min: 1, max: 3 })),
    fc.option(status),
  )
  .map(([partition, range, forward, limit, filterStatus]) =>
    query({
      KeyConditionExpression: `pk = :pk${range?.text ?? ''}`,
      ExpressionAttributeValues: {
        ':pk': partition,
        ...range?.values,
        ...(filterStatus ? { ':fs': filterStatus } : {}),
      },
      ScanIndexForward: forward,
      ...(limit !== null ? { Limit: limit } : {}),
      ...(filterStatus
        ? { FilterExpression: '#st = :fs', ExpressionAttributeNames: STATUS_NAME }
        : {}),
    }),
  );

const indexQuery = fc
  .tuple(status, fc.boolean(), fc.option(fc.integer({ min: 1, max: 3 })))
  .map(([s, forward, limit]) =>
    query({
      IndexName: 'byStatus',
      KeyConditionExpression: '#st = :s',
      ExpressionAttributeNames: STATUS_NAME,
      ExpressionAttributeValues: { ':s': s },
      ScanIndexForward: forward,
      ...(limit !== null ? { Limit: limit } : {}),
    }),
  );

// Items with equal n in one partition have no promised order in the LSI: compare them as a set.
const localIndexQuery = fc.tuple(pk, fc.option(smallInt)).map(([partition, atLeast]) => ({
  ...query({
    IndexName: 'byN',
    KeyConditionExpression: atLeast === null ? 'pk = :pk' : 'pk = :pk AND n >= :n',
    ExpressionAttributeValues: { ':pk': partition, ...(atLeast === null ? {} : { ':n': atLeast }) },
  }),
  unordered: true,
}));

const scanStep = fc
  .option(smallInt)
  .map((below) =>
    scan(
      below === null
        ? {}
        : { FilterExpression: 'n < :below', ExpressionAttributeValues: { ':below': below } },
    ),
  );

/** One generated request. Writes are weighted up so that reads see a changing table. */
export const operation: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: putStep, weight: 4 },
  { arbitrary: updateStep, weight: 4 },
  { arbitrary: deleteStep, weight: 2 },
  { arbitrary: getStep, weight: 2 },
  { arbitrary: tableQuery, weight: 2 },
  { arbitrary: indexQuery, weight: 2 },
  { arbitrary: localIndexQuery, weight: 1 },
  { arbitrary: scanStep, weight: 1 },
);

/** A sequence of 5–15 requests. */
export const operationSequence = fc.array(operation, { minLength: 5, maxLength: 15 });
