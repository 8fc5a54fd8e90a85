import { ConfigurationError } from '../../../model/errors';
import { compiled, createTestResolver, type TestOrder } from '../__fixtures__/test-resolver';
import { compileUpdate } from '../compiler/expression-compiler';
import { InvalidExpressionError } from '../invalid-expression-error';
import { parseUpdate } from './parse-update';
import type { UpdateChanges } from './update-changes';
import {
  addToSet,
  append,
  decrement,
  ifNotExists,
  increment,
  prepend,
  remove,
  removeFromSet,
} from './update-operators';

const resolver = createTestResolver();
const compile = (changes: UpdateChanges<TestOrder>) =>
  compiled((ctx) => compileUpdate(parseUpdate(changes, resolver), ctx));

describe('parseUpdate', () => {
  it('SETs plain values, skips undefined and stores null as NULL', () => {
    expect(compile({ status: 'paid', total: 5, nickname: null, id: undefined })).toEqual({
      expression: 'SET #n0 = :v0, #n1 = :v1, #n2 = :v2',
      names: { '#n0': 'status', '#n1': 'total', '#n2': 'nickname' },
      values: { ':v0': 'paid', ':v1': 5, ':v2': null },
    });
  });

  it('returns no actions when every value is undefined', () => {
    expect(parseUpdate({ nickname: undefined }, resolver)).toEqual([]);
  });

  it('updates nested paths in place through stored names', () => {
    expect(compile({ 'address.city': 'Oslo', 'lines[1].qty': 3 })).toEqual({
      expression: 'SET #n0.#n1 = :v0, #n2[1].#n3 = :v1',
      names: { '#n0': 'addr', '#n1': 'city', '#n2': 'lines', '#n3': 'qty' },
      values: { ':v0': 'Oslo', ':v1': 3 },
    });
  });

  it('converts values with the resolver', () => {
    expect(compile({ createdAt: new Date('2026-11-05T00:00:00.000Z') })).toEqual({
      expression: 'SET #n0 = :v0',
      names: { '#n0': 'created' },
      values: { ':v0': '2026-11-05T00:00:00.000Z' },
    });
  });

  it('compiles every operator', () => {
    expect(
      compile({
        total: increment(10),
        'lines[0].qty': decrement(1),
        tags: append(['new']),
        'address.zip': ifNotExists('0150'),
        nickname: remove(),
        roles: addToSet(['admin', 'admin']),
        'address.city': remove(),
      }),
    ).toEqual({
      expression:
        'SET #n0 = if_not_exists(#n0, :v0) + :v1, #n1[0].#n2 = if_not_exists(#n1[0].#n2, :v2) - :v3, ' +
        '#n3 = list_append(if_not_exists(#n3, :v4), :v5), #n4.#n5 = if_not_exists(#n4.#n5, :v6) ' +
        'REMOVE #n6, #n4.#n8 ADD #n7 :v7',
      names: {
        '#n0': 'total',
        '#n1': 'lines',
        '#n2': 'qty',
        '#n3': 'tags',
        '#n4': 'addr',
        '#n5': 'zip',
        '#n6': 'nickname',
        '#n7': 'roles',
        '#n8': 'city',
      },
      values: {
        ':v0': 0,
        ':v1': 10,
        ':v2': 0,
        ':v3': 1,
        ':v4': [],
        ':v5': ['new'],
        ':v6': '0150',
        ':v7': new Set(['admin']),
      },
    });
    expect(compile({ tags: prepend(['first']), roles: removeFromSet(new Set(['guest'])) })).toEqual(
      {
        expression: 'SET #n0 = list_append(:v0, if_not_exists(#n0, :v1)) DELETE #n1 :v2',
        names: { '#n0': 'tags', '#n1': 'roles' },
        values: { ':v0': ['first'], ':v1': [], ':v2': new Set(['guest']) },
      },
    );
  });

  it('converts operator values with the resolver', () => {
    const at = new Date('2026-01-01T00:00:00.000Z');
    expect(compile({ createdAt: ifNotExists(at) }).values).toEqual({
      ':v0': '2026-01-01T00:00:00.000Z',
    });
    // @ts-expect-error Dates into a string list: typed away, converted by the resolver at run time
    expect(compile({ tags: append([at]) }).values).toEqual({
      ':v0': [],
      ':v1': ['2026-01-01T00:00:00.000Z'],
    });
  });

  it('rejects an empty set as a plain value', () => {
    expect(() => compile({ roles: new Set() })).toThrow(InvalidExpressionError);
    expect(() => compile({ roles: new Set() })).toThrow('Cannot set "roles" to an empty set');
  });

  it('rejects overlapping changes', () => {
    expect(() => compile({ address: { city: 'Bergen' }, 'address.city': 'Oslo' })).toThrow(
      'An update cannot change addr and addr.city',
    );
  });

  it('lets the resolver report unknown properties', () => {
    expect(() => parseUpdate({ totl: 1 }, resolver)).toThrow(ConfigurationError);
  });

  it('rejects changes that are not an object', () => {
    expect(() => parseUpdate(null as never, resolver)).toThrow(/Update changes are an object/);
  });
});
