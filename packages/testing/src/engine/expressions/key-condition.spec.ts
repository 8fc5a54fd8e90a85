import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { ExpressionUsage } from './expression-usage';
import { type KeySchemaNames, parseKeyCondition, resolveKeyCondition } from './key-condition';
import { validationMessage } from './__fixtures__/expression-test-kit';

const TABLE: KeySchemaNames = { partitionKeys: [{ name: 'pk', type: 'S' }], sortKeys: [{ name: 'sk', type: 'S' }] };
const HASH_ONLY: KeySchemaNames = { partitionKeys: [{ name: 'pk', type: 'S' }], sortKeys: [] };
const MULTI: KeySchemaNames = {
  partitionKeys: [{ name: 'h1', type: 'S' }, { name: 'h2', type: 'N' }],
  sortKeys: [{ name: 'r1', type: 'S' }, { name: 'r2', type: 'S' }, { name: 'r3', type: 'N' }],
  indexName: 'gsi',
};

function resolve(expression: string, values: Record<string, AttributeValue>, schema = TABLE, names?: Record<string, string>) {
  const usage = new ExpressionUsage({ values, names });
  const ast = parseKeyCondition(expression, usage);
  usage.finish();
  return resolveKeyCondition(ast, schema);
}

const a = { S: 'a' };
const b = { S: 'b' };

describe('resolveKeyCondition', () => {
  it('extracts the partition value and the sort key predicate', () => {
    expect(resolve('pk = :a', { ':a': a })).toEqual({ partitionValues: [a], sortConditions: [] });
    expect(resolve('sk = :b AND pk = :a', { ':a': a, ':b': b })).toEqual({ partitionValues: [a], sortConditions: [{ op: '=', value: b }] });
    expect(resolve(':a = pk AND :b > sk', { ':a': a, ':b': b })).toEqual({ partitionValues: [a], sortConditions: [{ op: '<', value: b }] });
    expect(resolve('pk = :a AND sk BETWEEN :a AND :b', { ':a': a, ':b': b }).sortConditions).toEqual([{ op: 'between', low: a, high: b }]);
    expect(resolve('pk = :a AND begins_with(sk, :b)', { ':a': a, ':b': b }).sortConditions).toEqual([{ op: 'begins_with', prefix: b }]);
    expect(resolve('(pk = :a) AND (sk >= :b)', { ':a': a, ':b': b }).sortConditions).toEqual([{ op: '>=', value: b }]);
    expect(resolve('#p = :a', { ':a': a }, TABLE, { '#p': 'pk' })).toEqual({ partitionValues: [a], sortConditions: [] });
  });

  it('resolves a multi-attribute key into its partition values and leading sort conditions', () => {
    const n = { N: '2.0' };
    expect(resolve('r1 = :a AND h2 = :n AND h1 = :a AND r2 > :b', { ':a': a, ':b': b, ':n': n }, MULTI)).toEqual({
      partitionValues: [a, { N: '2' }],
      sortConditions: [{ op: '=', value: a }, { op: '>', value: b }],
    });
    expect(resolve('h1 = :a AND h2 = :n', { ':a': a, ':n': n }, MULTI).sortConditions).toEqual([]);
  });

  it('returns numbers in canonical form', () => {
    const schema: KeySchemaNames = { partitionKeys: [{ name: 'pk' }], sortKeys: [{ name: 'sk' }] };
    expect(resolve('pk = :a AND sk < :b', { ':a': { N: '1.50' }, ':b': { N: '1e3' } }, schema)).toEqual({
      partitionValues: [{ N: '1.5' }],
      sortConditions: [{ op: '<', value: { N: '1000' } }],
    });
  });

  // Messages and their order were observed in DynamoDB Local.
  it.each([
    ['sk = :b', { ':b': b }, TABLE, 'Query condition missed key schema element'],
    ['x = :a AND y = :b', { ':a': a, ':b': b }, TABLE, 'Query condition missed key schema element'],
    ['pk = :a AND x = :b', { ':a': a, ':b': b }, TABLE, 'Query condition missed key schema element'],
    ['pk < :a', { ':a': a }, TABLE, 'Query key condition not supported'],
    ['pk < :a AND x = :b', { ':a': a, ':b': b }, TABLE, 'Query key condition not supported'],
    ['pk = :a AND sk = :b', { ':a': a, ':b': b }, HASH_ONLY, 'Query key condition not supported'],
    ['x = :a AND y = :b', { ':a': a, ':b': b }, HASH_ONLY, 'Query key condition not supported'],
    ['pk = :a OR sk = :b', { ':a': a, ':b': b }, TABLE, 'Invalid operator used in KeyConditionExpression: OR'],
    ['NOT pk = :a', { ':a': a }, TABLE, 'Invalid operator used in KeyConditionExpression: NOT'],
    ['pk IN (:a)', { ':a': a }, TABLE, 'Invalid operator used in KeyConditionExpression: IN'],
    ['pk = :a AND sk <> :b', { ':a': a, ':b': b }, TABLE, 'Invalid operator used in KeyConditionExpression: <>'],
    ['pk = :a AND contains(sk, :b)', { ':a': a, ':b': b }, TABLE, 'Invalid operator used in KeyConditionExpression: contains'],
    ['pk = :a AND size(sk) = :b', { ':a': a, ':b': { N: '1' } }, TABLE, 'KeyConditionExpressions cannot contain nested operations'],
    ['pk = :a AND sk = :b AND sk < :b', { ':a': a, ':b': b }, TABLE, 'KeyConditionExpressions must only contain one condition per key'],
    ['pk = :a AND pk = :a', { ':a': a }, TABLE, 'KeyConditionExpressions must only contain one condition per key'],
    ['pk = :a AND sk = :b AND x = :b', { ':a': a, ':b': b }, TABLE, 'Conditions can be of length 1 or 2 only'],
    ['pk = :a AND begins_with(:b, sk)', { ':a': a, ':b': b }, TABLE, 'Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand'],
    ['pk = :a AND sk = pk', { ':a': a }, TABLE, 'Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition'],
    ['pk = :a AND :a = :a', { ':a': a }, TABLE, 'Invalid condition in KeyConditionExpression: No key attribute specified'],
    ['pk.x = :a', { ':a': a }, TABLE, "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk"],
    ['pk = :a AND x.y = :a', { ':a': a }, TABLE, 'KeyConditionExpressions cannot have conditions on nested attributes'],
    ['pk = :a', { ':a': { N: '1' } }, TABLE, 'One or more parameter values were invalid: Condition parameter type does not match schema type'],
    ['pk < :a', { ':a': { N: '1' } }, TABLE, 'One or more parameter values were invalid: Condition parameter type does not match schema type'],
    ['pk = :a AND sk = :b', { ':a': a, ':b': { M: {} } }, TABLE, 'One or more parameter values were invalid: Condition parameter type does not match schema type'],
    ['pk = :a AND sk BETWEEN :b AND :b', { ':a': a, ':b': { B: new Uint8Array([1]) } }, TABLE, 'One or more parameter values were invalid: Condition parameter type does not match schema type'],
    ['pk = :a', { ':a': { S: '' } }, TABLE, 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk'],
    ['pk = :e AND x = :b', { ':e': { S: '' }, ':b': b }, TABLE, 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk'],
    ['pk = :a AND begins_with(sk, :e)', { ':a': a, ':e': { S: '' } }, TABLE, 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: sk'],
    ['h1 = :a', { ':a': a }, MULTI, 'HASH key attributes h2 must have equality conditions specified in the query'],
    ['r1 = :a', { ':a': a }, MULTI, 'HASH key attributes h1, h2 must have equality conditions specified in the query'],
    ['h1 = :a AND h2 > :n', { ':a': a, ':n': { N: '1' } }, MULTI, 'HASH key attributes h2 must have equality conditions specified in the query'],
    ['h1 = :a AND h2 = :n AND r3 = :n', { ':a': a, ':n': { N: '1' } }, MULTI, 'RANGE key attributes r1, r2 must have equality conditions specified in the query because a condition is present on key attribute r3'],
    ['h1 = :a AND h2 = :n AND r1 > :a AND r2 = :a', { ':a': a, ':n': { N: '1' } }, MULTI, 'RANGE key attributes r1 must have equality conditions specified in the query because a condition is present on key attribute r2'],
    ['h1 = :a AND h2 = :n AND r1 = :a AND r2 = :a AND r3 = :n AND x = :a', { ':a': a, ':n': { N: '1' } }, MULTI, 'Query key condition not supported'],
    ['h1 = :a AND h2 = :n AND x = :a', { ':a': a, ':n': { N: '1' } }, MULTI, 'Query condition missed key schema element'],
    ['h1 = :a AND h2 = :a', { ':a': a }, MULTI, 'One or more parameter values were invalid: Condition parameter type does not match schema type'],
    ['h2 = :n AND h1 = :e', { ':e': { S: '' }, ':n': { S: '1' } }, MULTI, 'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: gsi, IndexKey: h1'],
    ['h1 = :a AND h2 = :n AND r1.x = :a', { ':a': a, ':n': { N: '1' } }, { ...MULTI, tableKeyNames: ['pk'], indexKeyNames: ['r1'] }, "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: r1"],
  ])('%j → %s', (expression, values, schema, expected) => {
    expect(validationMessage(() => resolve(expression, values as Record<string, AttributeValue>, schema))).toBe(expected);
  });

  it('reports expression errors with the KeyConditionExpression prefix', () => {
    expect(validationMessage(() => resolve('pk = :a AND', { ':a': a }))).toBe(
      'Invalid KeyConditionExpression: Syntax error; token: "<EOF>", near: "AND"',
    );
    expect(validationMessage(() => resolve('pk = :a AND begins_with(sk, :n)', { ':a': a, ':n': { N: '1' } }))).toBe(
      'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
    );
    expect(validationMessage(() => resolve('pk = :a AND foo(sk)', { ':a': a }))).toBe(
      'Invalid KeyConditionExpression: Invalid function name; function: foo',
    );
  });
});
