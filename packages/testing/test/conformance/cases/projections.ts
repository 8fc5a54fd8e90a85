import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import type { NativeItem } from '../harness/attribute-values';
import { get, put, query, scan } from '../harness/steps';
import { simpleTable } from '../harness/tables';

const key = { pk: 'p', sk: '1' };
const item: NativeItem = {
  ...key,
  a: 1,
  b: 'two',
  m: { x: 1, y: { z: 'deep' }, nums: [10, 20, 30] },
  l: [{ p: 1, q: 2 }, { p: 3 }, 'plain'],
  'dotted.name': 'd',
};

function projected(
  name: string,
  projection: string,
  names?: Record<string, string>,
): ConformanceCase {
  return {
    name,
    setup: [simpleTable(), put(item)],
    request: get(key, {
      ProjectionExpression: projection,
      ...(names ? { ExpressionAttributeNames: names } : {}),
    }),
  };
}

export const projectionCases: CaseGroup = {
  area: 'Projection expressions',
  cases: [
    projected('top-level attributes', 'a, b'),
    projected('key attributes are only returned when asked', 'a'),
    projected('a missing attribute is left out', 'a, ghost'),
    projected('only missing attributes returns an empty item', 'ghost'),
    projected('a nested map attribute', 'm.x'),
    projected('two nested attributes of one map merge', 'm.x, m.y.z'),
    projected('a list element', 'm.nums[1]'),
    projected('list elements keep their order, not their index', 'm.nums[2], m.nums[0]'),
    projected('a list element beyond the end', 'm.nums[5]'),
    projected('a field of maps inside a list', 'l[0].p, l[1].p'),
    projected('a path through a non-map is left out', 'b.x'),
    projected('a dotted name through a placeholder', '#d', { '#d': 'dotted.name' }),
    projected('the same attribute twice is refused', 'a, a'),
    projected('overlapping paths are refused', 'm, m.x'),
    projected('a reserved word is refused', 'name'),
    projected('an unused name placeholder is refused', 'a', { '#x': 'x' }),
    projected('a syntax error is refused', 'a,, b'),
    projected('an empty projection is refused', ''),
    {
      name: 'ProjectionExpression on Query',
      setup: [simpleTable(), put(item), put({ ...item, sk: '2', a: 2 })],
      request: query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 'p' },
        ProjectionExpression: 'sk, a, m.y',
      }),
    },
    {
      name: 'ProjectionExpression on Scan',
      setup: [simpleTable(), put(item), put({ ...item, pk: 'q', a: 2 })],
      request: scan({ ProjectionExpression: 'a, l[2]' }),
    },
  ],
};
