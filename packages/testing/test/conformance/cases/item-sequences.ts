import type { CaseGroup } from '../harness/conformance-case';
import { batchWrite, del, get, put, query, scan, transactWrite, update, T } from '../harness/steps';
import { indexedTable, simpleTable } from '../harness/tables';

const key = { pk: 'seq', sk: '1' };
const add = (n: number) =>
  update(key, 'ADD c :n', { ExpressionAttributeValues: { ':n': n }, ReturnValues: 'UPDATED_NEW' });

export const itemSequenceCases: CaseGroup = {
  area: 'Several operations on one item',
  cases: [
    {
      name: 'counter incremented three times',
      setup: [simpleTable()],
      request: [add(1), add(2), add(-4), get(key)],
    },
    {
      name: 'put, update, delete, put again',
      setup: [simpleTable()],
      request: [
        put({ ...key, v: 1 }),
        update(key, 'SET v = v + :one', {
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'ALL_NEW',
        }),
        del(key, { ReturnValues: 'ALL_OLD' }),
        get(key),
        put({ ...key, v: 10 }, { ReturnValues: 'ALL_OLD' }),
        get(key),
      ],
    },
    {
      name: 'create only once with a condition',
      setup: [simpleTable()],
      request: [
        put({ ...key, who: 'first' }, { ConditionExpression: 'attribute_not_exists(pk)' }),
        put({ ...key, who: 'second' }, { ConditionExpression: 'attribute_not_exists(pk)' }),
        get(key),
      ],
    },
    {
      name: 'a list grown by append and trimmed by remove',
      setup: [simpleTable(), put({ ...key, l: [] })],
      request: [
        update(key, 'SET l = list_append(l, :v)', {
          ExpressionAttributeValues: { ':v': ['a', 'b'] },
        }),
        update(key, 'SET l = list_append(:v, l)', { ExpressionAttributeValues: { ':v': ['z'] } }),
        update(key, 'REMOVE l[1]', { ReturnValues: 'ALL_NEW' }),
      ],
    },
    {
      name: 'a set grown and emptied',
      setup: [simpleTable()],
      request: [
        update(key, 'ADD tags :t', { ExpressionAttributeValues: { ':t': new Set(['a', 'b']) } }),
        update(key, 'ADD tags :t', {
          ExpressionAttributeValues: { ':t': new Set(['c']) },
          ReturnValues: 'UPDATED_NEW',
        }),
        update(key, 'DELETE tags :t', {
          ExpressionAttributeValues: { ':t': new Set(['a', 'b', 'c']) },
          ReturnValues: 'ALL_NEW',
        }),
      ],
    },
    {
      name: 'an item moves through index keys',
      setup: [indexedTable()],
      request: [
        put({ ...key, gsi1pk: 'open', gsi1sk: '1', lsi1sk: 1 }),
        update(key, 'SET gsi1pk = :p, lsi1sk = :n', {
          ExpressionAttributeValues: { ':p': 'done', ':n': 2 },
        }),
        query({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': 'open' },
        }),
        query({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': 'done' },
        }),
        query({
          IndexName: 'lsi1',
          KeyConditionExpression: 'pk = :p AND lsi1sk = :n',
          ExpressionAttributeValues: { ':p': 'seq', ':n': 2 },
        }),
        del(key),
        query({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': 'done' },
        }),
      ],
    },
    {
      name: 'a failed transaction leaves earlier writes in place',
      setup: [simpleTable()],
      request: [
        put({ ...key, v: 1 }),
        transactWrite([
          {
            Update: {
              TableName: T,
              Key: key,
              UpdateExpression: 'SET v = :v',
              ExpressionAttributeValues: { ':v': 2 },
            },
          },
          {
            ConditionCheck: {
              TableName: T,
              Key: { pk: 'seq', sk: '2' },
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
        ]),
        get(key),
      ],
    },
    {
      name: 'batch write then single reads',
      setup: [simpleTable()],
      request: [
        batchWrite({
          [T]: [
            { PutRequest: { Item: { ...key, v: 1 } } },
            { PutRequest: { Item: { pk: 'seq', sk: '2', v: 2 } } },
          ],
        }),
        batchWrite({ [T]: [{ DeleteRequest: { Key: key } }] }),
        scan(),
      ],
    },
    {
      name: 'an optimistic lock race: the second writer loses',
      setup: [simpleTable(), put({ ...key, version: 1, v: 'start' })],
      request: [
        update(key, 'SET v = :v, version = :next', {
          ConditionExpression: 'version = :seen',
          ExpressionAttributeValues: { ':v': 'A', ':next': 2, ':seen': 1 },
        }),
        update(key, 'SET v = :v, version = :next', {
          ConditionExpression: 'version = :seen',
          ExpressionAttributeValues: { ':v': 'B', ':next': 2, ':seen': 1 },
        }),
        get(key),
      ],
    },
    {
      name: 'nested map built step by step',
      setup: [simpleTable(), put({ ...key, m: {} })],
      request: [
        update(key, 'SET m.a = :v', { ExpressionAttributeValues: { ':v': {} } }),
        update(key, 'SET m.a.b = :v', { ExpressionAttributeValues: { ':v': [1] } }),
        update(key, 'SET m.a.b[1] = :v', { ExpressionAttributeValues: { ':v': 2 } }),
        update(key, 'REMOVE m.a.b[0]', { ReturnValues: 'ALL_NEW' }),
      ],
    },
  ],
};
