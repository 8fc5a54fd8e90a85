import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { get, put, query, T, type Step, type StepInput } from '../harness/steps';
import { simpleTable } from '../harness/tables';

/**
 * The legacy parameters (Expected, KeyConditions, AttributeUpdates) in the combinations
 * DynamoDB accepts and refuses. Values are in wire form.
 */

const KEY = { pk: { S: 'p' }, sk: { S: '1' } };
const ITEM = { ...KEY, a: { S: 'x' }, n: { N: '5' }, l: { L: [{ S: '1' }] }, s: { SS: ['q'] } };
const seeded: Step[] = [simpleTable(), { op: 'PutItem', input: { TableName: T, Item: ITEM } }];
const BY_PARTITION = { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'p' }] } };

/** A put of the stored item with `Expected`, then the item as it is. */
function expected(name: string, condition: StepInput): ConformanceCase {
  return {
    name,
    setup: seeded,
    request: [
      {
        op: 'PutItem',
        input: { TableName: T, Item: { ...ITEM, a: { S: 'y' } }, Expected: condition },
      },
      get({ pk: 'p', sk: '1' }),
    ],
  };
}

/** An UpdateItem with AttributeUpdates, returning ALL_NEW. */
function attributeUpdates(
  name: string,
  updates: StepInput,
  extra: StepInput = {},
): ConformanceCase {
  return {
    name,
    setup: seeded,
    request: {
      op: 'UpdateItem',
      input: {
        TableName: T,
        Key: KEY,
        AttributeUpdates: updates,
        ReturnValues: 'ALL_NEW',
        ...extra,
      },
    },
  };
}

const withKeyConditions = (name: string, extra: StepInput): ConformanceCase => ({
  name,
  setup: seeded,
  request: query({ KeyConditions: BY_PARTITION, ...extra }),
});

export const legacyParameterCases: CaseGroup = {
  area: 'Legacy parameters',
  cases: [
    expected('Expected Value with EQ that holds', {
      a: { Value: { S: 'x' }, ComparisonOperator: 'EQ' },
    }),
    expected('Expected Value with EQ that fails', {
      a: { Value: { S: 'z' }, ComparisonOperator: 'EQ' },
    }),
    expected('Expected Value with NE', { a: { Value: { S: 'z' }, ComparisonOperator: 'NE' } }),
    expected('Expected Value with GT', { n: { Value: { N: '3' }, ComparisonOperator: 'GT' } }),
    expected('Expected Value with CONTAINS', {
      s: { Value: { S: 'q' }, ComparisonOperator: 'CONTAINS' },
    }),
    expected('Expected Value with IN', { a: { Value: { S: 'x' }, ComparisonOperator: 'IN' } }),
    expected('Expected Value with NULL is one argument too many', {
      a: { Value: { S: 'x' }, ComparisonOperator: 'NULL' },
    }),
    expected('Expected Value with BETWEEN is one argument short', {
      n: { Value: { N: '1' }, ComparisonOperator: 'BETWEEN' },
    }),
    expected('Expected Value and AttributeValueList together are refused', {
      a: { Value: { S: 'x' }, ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'x' }] },
    }),
    expected('Expected Exists and ComparisonOperator together are refused', {
      a: { Exists: true, ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'x' }] },
    }),
    withKeyConditions('KeyConditions with a ProjectionExpression', {
      ProjectionExpression: 'a, n',
    }),
    withKeyConditions('KeyConditions with a FilterExpression', {
      FilterExpression: 'a = :a',
      ExpressionAttributeValues: { ':a': 'x' },
      Select: 'COUNT',
    }),
    withKeyConditions('KeyConditions with a KeyConditionExpression are refused', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': 'p' },
    }),
    withKeyConditions(
      'QueryFilter with a FilterExpression is refused, KeyConditions are not named',
      {
        QueryFilter: { a: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'x' }] } },
        FilterExpression: 'a = :a',
        ExpressionAttributeValues: { ':a': 'x' },
      },
    ),
    attributeUpdates('ADD of a list appends to the list', {
      l: { Action: 'ADD', Value: { L: [{ S: '2' }, { N: '3' }] } },
    }),
    attributeUpdates('ADD of a list creates a missing attribute', {
      m: { Action: 'ADD', Value: { L: [{ M: {} }] } },
    }),
    attributeUpdates('ADD of an empty list changes nothing', {
      l: { Action: 'ADD', Value: { L: [] } },
    }),
    attributeUpdates('ADD of a list to a string is a type mismatch', {
      a: { Action: 'ADD', Value: { L: [] } },
    }),
    attributeUpdates('ADD of a list to a set is a type mismatch', {
      s: { Action: 'ADD', Value: { L: [{ S: 'q' }] } },
    }),
    attributeUpdates('ADD of a number to a string is a type mismatch', {
      a: { Action: 'ADD', Value: { N: '1' } },
    }),
    attributeUpdates('ADD of a string is refused', { x: { Action: 'ADD', Value: { S: 'x' } } }),
    attributeUpdates('ADD of a map is refused', { x: { Action: 'ADD', Value: { M: {} } } }),
    attributeUpdates('ADD of a boolean is refused', {
      n: { Action: 'ADD', Value: { BOOL: true } },
    }),
    attributeUpdates('DELETE of a number is refused', {
      n: { Action: 'DELETE', Value: { N: '1' } },
    }),
    attributeUpdates('DELETE of a list is refused', {
      l: { Action: 'DELETE', Value: { L: [{ S: '1' }] } },
    }),
    attributeUpdates('DELETE of a set from a number is a type mismatch', {
      n: { Action: 'DELETE', Value: { SS: ['q'] } },
    }),
    attributeUpdates('DELETE of elements from a set', {
      s: { Action: 'DELETE', Value: { SS: ['q', 'z'] } },
    }),
    attributeUpdates('an unknown action is refused', { a: { Action: 'XX', Value: { S: 'x' } } }),
    attributeUpdates(
      'actions are checked after the condition',
      { a: { Action: 'XX', Value: { S: 'x' } } },
      { Expected: { a: { Value: { S: 'z' } } } },
    ),
    attributeUpdates('attributes are applied in turn', {
      a: { Action: 'ADD', Value: { L: [] } },
      n: { Action: 'ADD', Value: { S: 'x' } },
    }),
    attributeUpdates(
      'UPDATED_OLD of a list append',
      { l: { Action: 'ADD', Value: { L: [{ S: 'z' }] } } },
      { ReturnValues: 'UPDATED_OLD' },
    ),
    {
      name: 'ADD of a list to a new item',
      setup: [simpleTable()],
      request: {
        op: 'UpdateItem',
        input: {
          TableName: T,
          Key: KEY,
          AttributeUpdates: { l: { Action: 'ADD', Value: { L: [{ S: '1' }] } } },
          ReturnValues: 'ALL_NEW',
        },
      },
    },
    {
      name: 'legacy Expected and a put',
      setup: [simpleTable()],
      request: put({ pk: 'p', sk: '1' }, { Expected: { a: { ComparisonOperator: 'NULL' } } }),
    },
  ],
};
