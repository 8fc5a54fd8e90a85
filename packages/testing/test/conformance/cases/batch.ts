import type { CaseGroup } from '../harness/conformance-case';
import { batchGet, batchWrite, get, put, scan, T, U } from '../harness/steps';
import { hashOnlyTable, simpleTable } from '../harness/tables';

const key = (i: number) => ({ pk: 'b', sk: String(i) });
const seeded = [simpleTable(), ...[1, 2, 3].map((i) => put({ ...key(i), v: i }))];
const putRequest = (i: number) => ({ PutRequest: { Item: { ...key(i), v: i } } });

export const batchCases: CaseGroup = {
  area: 'BatchGetItem and BatchWriteItem',
  cases: [
    {
      name: 'BatchGet returns found items and skips missing ones',
      setup: seeded,
      request: { ...batchGet({ [T]: { Keys: [key(1), key(3), key(9)] } }), unordered: true },
    },
    {
      name: 'BatchGet from two tables',
      setup: [...seeded, hashOnlyTable(U), put({ pk: 'h', v: 'other' }, { table: U })],
      request: {
        ...batchGet({ [T]: { Keys: [key(2)] }, [U]: { Keys: [{ pk: 'h' }] } }),
        unordered: true,
      },
    },
    {
      name: 'BatchGet with a projection',
      setup: seeded,
      request: {
        ...batchGet({ [T]: { Keys: [key(1), key(2)], ProjectionExpression: 'sk, v' } }),
        unordered: true,
      },
    },
    {
      name: 'BatchGet with a projection using a name placeholder',
      setup: seeded,
      request: {
        ...batchGet({
          [T]: {
            Keys: [key(1)],
            ProjectionExpression: '#v',
            ExpressionAttributeNames: { '#v': 'v' },
          },
        }),
        unordered: true,
      },
    },
    {
      name: 'BatchGet with ConsistentRead',
      setup: seeded,
      request: batchGet({ [T]: { Keys: [key(1)], ConsistentRead: true } }),
    },
    {
      name: 'BatchGet with duplicate keys is refused',
      setup: seeded,
      request: batchGet({ [T]: { Keys: [key(1), key(1)] } }),
    },
    {
      name: 'BatchGet with 101 keys is refused',
      setup: seeded,
      request: batchGet({ [T]: { Keys: Array.from({ length: 101 }, (_, i) => key(i)) } }),
    },
    {
      name: 'BatchGet with 100 keys is accepted',
      setup: seeded,
      request: {
        ...batchGet({ [T]: { Keys: Array.from({ length: 100 }, (_, i) => key(i)) } }),
        unordered: true,
      },
    },
    {
      name: 'BatchGet with no keys is refused',
      setup: seeded,
      request: batchGet({ [T]: { Keys: [] } }),
    },
    { name: 'BatchGet with no tables is refused', setup: seeded, request: batchGet({}) },
    {
      name: 'BatchGet from a missing table',
      setup: seeded,
      request: batchGet({ [U]: { Keys: [key(1)] } }),
    },
    {
      name: 'BatchGet with an invalid key is refused',
      setup: seeded,
      request: batchGet({ [T]: { Keys: [{ pk: 'b' }] } }),
    },
    {
      name: 'BatchGet ReturnConsumedCapacity TOTAL',
      setup: seeded,
      request: {
        ...batchGet({ [T]: { Keys: [key(1), key(2)] } }, { ReturnConsumedCapacity: 'TOTAL' }),
        capacity: true,
        unordered: true,
      },
    },
    {
      name: 'BatchWrite puts and deletes',
      setup: seeded,
      request: [batchWrite({ [T]: [putRequest(7), { DeleteRequest: { Key: key(1) } }] }), scan()],
    },
    {
      name: 'BatchWrite to two tables',
      setup: [simpleTable(), hashOnlyTable(U)],
      request: [
        batchWrite({ [T]: [putRequest(1)], [U]: [{ PutRequest: { Item: { pk: 'h' } } }] }),
        scan(),
        scan({ table: U }),
      ],
    },
    {
      name: 'BatchWrite with 25 requests is accepted',
      setup: [simpleTable()],
      request: [
        batchWrite({ [T]: Array.from({ length: 25 }, (_, i) => putRequest(i)) }),
        scan({ Select: 'COUNT' }),
      ],
    },
    {
      name: 'BatchWrite with 26 requests is refused',
      setup: [simpleTable()],
      request: batchWrite({ [T]: Array.from({ length: 26 }, (_, i) => putRequest(i)) }),
    },
    {
      name: 'BatchWrite putting one key twice is refused',
      setup: [simpleTable()],
      request: batchWrite({ [T]: [putRequest(1), putRequest(1)] }),
    },
    {
      name: 'BatchWrite putting and deleting one key is refused',
      setup: seeded,
      request: [
        batchWrite({ [T]: [putRequest(1), { DeleteRequest: { Key: key(1) } }] }),
        get(key(1)),
      ],
    },
    {
      name: 'BatchWrite deleting a missing item succeeds',
      setup: seeded,
      request: batchWrite({ [T]: [{ DeleteRequest: { Key: key(9) } }] }),
    },
    {
      name: 'BatchWrite to a missing table',
      setup: seeded,
      request: batchWrite({ [U]: [putRequest(1)] }),
    },
    {
      name: 'BatchWrite with an empty request list is refused',
      setup: seeded,
      request: batchWrite({ [T]: [] }),
    },
    {
      name: 'BatchWrite with an invalid item writes nothing',
      setup: [simpleTable()],
      request: [
        batchWrite({ [T]: [putRequest(1), { PutRequest: { Item: { pk: 'b' } } }] }),
        scan(),
      ],
    },
    {
      name: 'BatchWrite with both Put and Delete in one request is refused',
      setup: [simpleTable()],
      request: batchWrite({
        [T]: [{ PutRequest: { Item: key(1) }, DeleteRequest: { Key: key(1) } }],
      }),
    },
    {
      name: 'BatchWrite with an item over 400 KB is refused',
      setup: [simpleTable()],
      request: batchWrite({
        [T]: [{ PutRequest: { Item: { ...key(1), big: 'x'.repeat(410_000) } } }],
      }),
    },
    {
      name: 'BatchWrite ReturnConsumedCapacity TOTAL',
      setup: [simpleTable()],
      request: {
        ...batchWrite({ [T]: [putRequest(1), putRequest(2)] }, { ReturnConsumedCapacity: 'TOTAL' }),
        capacity: true,
      },
    },
  ],
};
