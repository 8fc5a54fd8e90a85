import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { exact, T, type Step } from '../harness/steps';
import { hashOnlyTable, simpleTable } from '../harness/tables';

/**
 * Request bodies no SDK sends (null members, members of the wrong JSON type, '__proto__' keys,
 * absurdly nested expressions), written out exactly. Values are in wire form.
 */

const KEY = { pk: { S: 'v' }, sk: { S: '1' } };
const ITEM = { ...KEY, a: { N: '1' } };
const seeded: Step[] = [simpleTable(), exact('PutItem', { TableName: T, Item: ITEM })];
const BY_PARTITION = {
  KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'v' }] } },
};

function onSeeded(name: string, request: Step | Step[]): ConformanceCase {
  return { name, setup: seeded, request };
}

/** '__proto__' as an own key (an object literal would set the prototype instead). */
const proto = (value: unknown): Record<string, unknown> =>
  JSON.parse(`{"__proto__":${JSON.stringify(value)}}`);

const nested = (inner: string): string => `${'('.repeat(2000)}${inner}${')'.repeat(2000)}`;

export const wireShapeCases: CaseGroup = {
  area: 'Wire shapes',
  cases: [
    {
      name: 'a null Limit of ListTables is ignored',
      isolated: true,
      setup: [hashOnlyTable()],
      request: exact('ListTables', { Limit: null, ExclusiveStartTableName: null }),
    },
    onSeeded(
      'null ProjectionExpression and AttributesToGet of GetItem are ignored',
      exact('GetItem', {
        TableName: T,
        Key: KEY,
        ProjectionExpression: null,
        AttributesToGet: null,
        ConsistentRead: null,
      }),
    ),
    onSeeded(
      'a null QueryFilter with legacy KeyConditions is ignored',
      exact('Query', { TableName: T, ...BY_PARTITION, QueryFilter: null, Limit: null }),
    ),
    onSeeded(
      'null members of Scan are ignored',
      exact(
        'Scan',
        {
          TableName: T,
          Limit: null,
          ScanFilter: null,
          ExclusiveStartKey: null,
          Select: null,
          Segment: null,
          TotalSegments: null,
        },
        true,
      ),
    ),
    onSeeded(
      'a null type member of an attribute value is ignored',
      exact('GetItem', { TableName: T, Key: { pk: { S: 'v', N: null }, sk: { S: '1' } } }),
    ),
    onSeeded(
      'an empty QueryFilter with legacy KeyConditions filters nothing',
      exact('Query', { TableName: T, ...BY_PARTITION, QueryFilter: {} }),
    ),
    onSeeded(
      'an empty ScanFilter filters nothing',
      exact('Scan', { TableName: T, ScanFilter: {}, Limit: 1 }, true),
    ),
    onSeeded(
      'empty KeyConditions are refused',
      exact('Query', { TableName: T, KeyConditions: {} }),
    ),
    onSeeded(
      'an empty QueryFilter beside a KeyConditionExpression is not a legacy parameter',
      exact('Query', {
        TableName: T,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': { S: 'v' } },
        QueryFilter: {},
      }),
    ),
    onSeeded(
      'an empty Expected beside a ConditionExpression is not a legacy parameter',
      exact('PutItem', {
        TableName: T,
        Item: ITEM,
        Expected: {},
        ConditionExpression: 'attribute_exists(pk)',
      }),
    ),
    onSeeded(
      'ConditionalOperator with an empty ScanFilter is refused',
      exact('Scan', { TableName: T, ScanFilter: {}, ConditionalOperator: 'OR' }, true),
    ),
    onSeeded(
      'ConditionalOperator of a query without QueryFilter is refused',
      exact('Query', { TableName: T, ...BY_PARTITION, ConditionalOperator: 'AND' }),
    ),
    onSeeded(
      'ConditionalOperator of a put without Expected is refused',
      exact('PutItem', { TableName: T, Item: ITEM, ConditionalOperator: 'OR' }),
    ),
    onSeeded(
      'an attribute value whose only member is "__proto__" is empty',
      exact('GetItem', { TableName: T, Key: { pk: proto({ S: 'v' }), sk: { S: '1' } } }),
    ),
    onSeeded(
      'a "__proto__" member beside a type member of an attribute value is ignored',
      exact('GetItem', {
        TableName: T,
        Key: { pk: { S: 'v', ...proto({ S: 'x' }) }, sk: { S: '1' } },
      }),
    ),
    onSeeded('an attribute named "__proto__" is stored and read back', [
      exact('PutItem', { TableName: T, Item: { ...KEY, ...proto({ M: proto({ S: 'inner' }) }) } }),
      exact('GetItem', { TableName: T, Key: KEY }),
      exact('UpdateItem', {
        TableName: T,
        Key: KEY,
        UpdateExpression: 'SET #p.#p = :v, #p.polluted = :v',
        ExpressionAttributeNames: { '#p': '__proto__' },
        ExpressionAttributeValues: { ':v': { N: '2' } },
        ReturnValues: 'ALL_NEW',
      }),
      exact('Query', {
        TableName: T,
        KeyConditionExpression: 'pk = :p',
        FilterExpression: 'attribute_exists(#p.polluted)',
        ProjectionExpression: '#p.#p',
        ExpressionAttributeNames: { '#p': '__proto__' },
        ExpressionAttributeValues: { ':p': { S: 'v' } },
      }),
    ]),
    onSeeded(
      'a missing attribute named like an Object.prototype member does not exist',
      exact(
        'Scan',
        {
          TableName: T,
          FilterExpression: 'attribute_exists(#a) OR attribute_exists(#b) OR attribute_exists(#c)',
          ExpressionAttributeNames: { '#a': 'toString', '#b': 'constructor', '#c': '__proto__' },
        },
        true,
      ),
    ),
    onSeeded(
      'a ConditionExpression in 2,000 parentheses is refused',
      exact('PutItem', {
        TableName: T,
        Item: ITEM,
        ConditionExpression: nested('a = :v'),
        ExpressionAttributeValues: { ':v': { N: '1' } },
      }),
    ),
    onSeeded(
      'a FilterExpression in 2,000 parentheses is refused',
      exact(
        'Scan',
        {
          TableName: T,
          FilterExpression: nested('a = :v'),
          ExpressionAttributeValues: { ':v': { N: '1' } },
        },
        true,
      ),
    ),
    onSeeded(
      'a KeyConditionExpression in 2,000 parentheses is refused',
      exact('Query', {
        TableName: T,
        KeyConditionExpression: nested('pk = :v'),
        ExpressionAttributeValues: { ':v': { S: 'v' } },
      }),
    ),
    onSeeded(
      'an UpdateExpression value in 2,000 parentheses is refused',
      exact('UpdateItem', {
        TableName: T,
        Key: KEY,
        UpdateExpression: `SET a = ${nested(':v')}`,
        ExpressionAttributeValues: { ':v': { N: '1' } },
      }),
    ),
    // DynamoDB Local converts or crashes on these; known-local-limitations.ts gives DynamoDB's answers.
    onSeeded('Limit as a string is refused', exact('Scan', { TableName: T, Limit: '1' }, true)),
    onSeeded(
      'Limit as an object is refused',
      exact('Query', { TableName: T, ...BY_PARTITION, Limit: { a: 1 } }),
    ),
    onSeeded('Limit as a list is refused', exact('Scan', { TableName: T, Limit: [1] }, true)),
    onSeeded(
      'TotalSegments as a string is refused',
      exact('Scan', { TableName: T, TotalSegments: '2', Segment: 0 }, true),
    ),
    onSeeded(
      'ConsistentRead as a string is refused',
      exact('GetItem', { TableName: T, Key: KEY, ConsistentRead: 'true' }),
    ),
    onSeeded(
      'an S value given as a number is refused',
      exact('PutItem', { TableName: T, Item: { ...KEY, s: { S: 5 } } }),
    ),
  ],
};
