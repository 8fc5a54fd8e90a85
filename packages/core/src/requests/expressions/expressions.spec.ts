import { createTestResolver, type TestOrder } from './__fixtures__/test-resolver';
import {
  ExpressionContext,
  InvalidExpressionError,
  compileCondition,
  compileKeyCondition,
  compileProjection,
  compileUpdate,
  cond,
  expressionParams,
  increment,
  parseCondition,
  parseUpdate,
  remove,
  update,
  type Condition,
  type UpdateChanges,
} from '.';

const resolver = createTestResolver();

describe('expressions end to end', () => {
  it('builds an UpdateItem: user changes + version bump, user condition + version check', () => {
    const ctx = new ExpressionContext();
    const changes: UpdateChanges<TestOrder> = {
      status: 'paid',
      total: increment(15),
      nickname: remove(),
      'address.city': 'Oslo',
    };
    const condition: Condition<TestOrder> = {
      status: { in: ['open', 'pending' as 'open'] },
      $or: [{ total: { lt: 1000 } }, { tags: { contains: 'vip' } }],
    };
    const UpdateExpression = compileUpdate(
      [...parseUpdate(changes, resolver), update.increment(['version'], 1)],
      ctx,
    );
    const ConditionExpression = compileCondition(
      cond.and(cond.exists(['PK']), parseCondition(condition, resolver), cond.eq(['version'], 3))!,
      ctx,
    );
    expect({ UpdateExpression, ConditionExpression, ...expressionParams(ctx) }).toEqual({
      UpdateExpression:
        'SET #n0 = :v0, #n1 = if_not_exists(#n1, :v1) + :v2, #n3.#n4 = :v3, ' +
        '#n5 = if_not_exists(#n5, :v4) + :v5 REMOVE #n2',
      ConditionExpression:
        'attribute_exists(#n6) AND #n0 IN (:v6, :v7) AND (#n1 < :v8 OR contains(#n7, :v9)) AND #n5 = :v10',
      ExpressionAttributeNames: {
        '#n0': 'status',
        '#n1': 'total',
        '#n2': 'nickname',
        '#n3': 'addr',
        '#n4': 'city',
        '#n5': 'version',
        '#n6': 'PK',
        '#n7': 'tags',
      },
      ExpressionAttributeValues: {
        ':v0': 'paid',
        ':v1': 0,
        ':v2': 15,
        ':v3': 'Oslo',
        ':v4': 0,
        ':v5': 1,
        ':v6': 'open',
        ':v7': 'pending',
        ':v8': 1000,
        ':v9': 'vip',
        ':v10': 3,
      },
    });
  });

  it('builds a Query: key condition, filter with the entity type, projection', () => {
    const ctx = new ExpressionContext();
    const KeyConditionExpression = compileKeyCondition(
      { attribute: 'PK', value: 'CUSTOMER#42' },
      { attribute: 'SK', op: 'beginsWith', value: 'ORDER#2026-11' },
      ctx,
    );
    const filter: Condition<TestOrder> = {
      createdAt: { gte: new Date('2026-11-01T00:00:00.000Z') },
      $not: { status: 'cancelled' },
      lines: { size: { gt: 0 } },
    };
    const FilterExpression = compileCondition(
      cond.and(cond.eq(['_type'], 'Order'), parseCondition(filter, resolver))!,
      ctx,
    );
    const ProjectionExpression = compileProjection(
      [
        ['PK'],
        ['SK'],
        ['_type'],
        resolver.resolvePath('address.city'),
        resolver.resolvePath('total'),
      ],
      ctx,
    );
    expect({
      KeyConditionExpression,
      FilterExpression,
      ProjectionExpression,
      ...expressionParams(ctx),
    }).toEqual({
      KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
      FilterExpression: '#n2 = :v2 AND #n3 >= :v3 AND NOT (#n4 = :v4) AND size(#n5) > :v5',
      ProjectionExpression: '#n0, #n1, #n2, #n6.#n7, #n8',
      ExpressionAttributeNames: {
        '#n0': 'PK',
        '#n1': 'SK',
        '#n2': '_type',
        '#n3': 'created',
        '#n4': 'status',
        '#n5': 'lines',
        '#n6': 'addr',
        '#n7': 'city',
        '#n8': 'total',
      },
      ExpressionAttributeValues: {
        ':v0': 'CUSTOMER#42',
        ':v1': 'ORDER#2026-11',
        ':v2': 'Order',
        ':v3': '2026-11-01T00:00:00.000Z',
        ':v4': 'cancelled',
        ':v5': 0,
      },
    });
  });

  it('fails before sending when the user input is malformed', () => {
    expect(() => parseCondition({ total: { gtt: 3 } } as Condition<TestOrder>, resolver)).toThrow(
      InvalidExpressionError,
    );
    expect(() =>
      compileUpdate(
        parseUpdate({ address: { city: 'Oslo' }, 'address.zip': '0150' }, resolver),
        new ExpressionContext(),
      ),
    ).toThrow(/An update cannot change addr and addr.zip/);
  });
});
