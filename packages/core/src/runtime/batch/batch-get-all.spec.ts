import type { BatchGetCommandInput, BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ConfigurationError } from '../../model/errors/errors';
import { batchGetAll, type BatchGetAllArgs } from './batch-get-all';
import { BatchGetError } from './batch-get-error';

const TABLE = 'app';
const KEY = ['PK', 'SK'];
type Item = Record<string, unknown>;

const keyOf = (i: number): Item => ({ PK: `C#${i}`, SK: 'PROFILE' });
const itemOf = (i: number): Item => ({ ...keyOf(i), name: `customer ${i}` });
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/**
 * A stand-in for DynamoDB's BatchGetItem: answers from `items`, and lets a test decide which
 * keys of a request come back as UnprocessedKeys and in which order Responses are listed.
 */
function simulatedBatchGet(
  items: Item[],
  behaviour: {
    unprocessed?: (keys: Item[], call: number) => Item[];
    order?: (found: Item[]) => Item[];
  } = {},
) {
  const stored = new Map(items.map((item) => [`${item.PK}|${item.SK}`, item]));
  const requests: BatchGetCommandInput[] = [];
  let inFlight = 0;
  const stats = { maxInFlight: 0 };
  const send = async (params: BatchGetCommandInput): Promise<BatchGetCommandOutput> => {
    requests.push(params);
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    await tick();
    inFlight--;
    const keys = params.RequestItems![TABLE].Keys as Item[];
    const ids = keys.map((key) => `${key.PK}|${key.SK}`);
    if (new Set(ids).size !== ids.length) {
      throw Object.assign(new Error('Provided list of item keys contains duplicates'), {
        name: 'ValidationException',
      });
    }
    if (keys.length > 100)
      throw Object.assign(new Error('Too many items requested'), { name: 'ValidationException' });
    const left = behaviour.unprocessed?.(keys, requests.length) ?? [];
    const served = keys.filter((key) => !left.includes(key));
    // DynamoDB returns copies, never the request's own objects.
    const found = served.flatMap((key) => {
      const item = stored.get(`${key.PK}|${key.SK}`);
      return item ? [{ ...item }] : [];
    });
    return {
      $metadata: {},
      Responses: { [TABLE]: behaviour.order ? behaviour.order(found) : found },
      UnprocessedKeys: left.length ? { [TABLE]: { Keys: left.map((key) => ({ ...key })) } } : {},
    };
  };
  return { send, requests, stats };
}

function recordingPolicy() {
  const delays: number[] = [];
  return {
    delays,
    retry: { random: () => 0.5, sleep: async (ms: number) => void delays.push(ms) },
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function args(
  send: BatchGetAllArgs['send'],
  keys: Item[],
  extra: Partial<BatchGetAllArgs> = {},
): BatchGetAllArgs {
  return { tableName: TABLE, keyAttributes: KEY, keys, send, ...extra };
}

describe('batchGetAll', () => {
  it('reads 1,000 keys in exactly 10 requests of at most 100 keys', async () => {
    const db = simulatedBatchGet(range(1000).map(itemOf));
    const result = await batchGetAll(args(db.send, range(1000).map(keyOf)));
    expect(db.requests).toHaveLength(10);
    for (const request of db.requests)
      expect(request.RequestItems![TABLE].Keys!.length).toBeLessThanOrEqual(100);
    expect(result).toEqual(range(1000).map(itemOf));
  });

  it('retries the unprocessed half of every response until every item is returned', async () => {
    // Like a throttled table: only the first half (rounded up) of each request is served.
    const db = simulatedBatchGet(range(100).map(itemOf), {
      unprocessed: (keys) => keys.slice(Math.ceil(keys.length / 2)),
    });
    const { delays, retry } = recordingPolicy();
    const retries: Array<[number, number]> = [];
    const result = await batchGetAll(
      args(db.send, range(100).map(keyOf), {
        retry,
        onRetry: (attempt, remaining) => retries.push([attempt, remaining]),
      }),
    );
    expect(result).toEqual(range(100).map(itemOf));
    // 100 → 50 → 25 → 12 → 6 → 3 → 1 → 0
    expect(db.requests.map((r) => r.RequestItems![TABLE].Keys!.length)).toEqual([
      100, 50, 25, 12, 6, 3, 1,
    ]);
    expect(retries).toEqual([
      [1, 50],
      [2, 25],
      [3, 12],
      [4, 6],
      [5, 3],
      [6, 1],
    ]);
    expect(delays).toEqual([25, 50, 100, 200, 400, 800]);
  });

  it('caps every delay at maxDelayMs', async () => {
    const db = simulatedBatchGet([itemOf(1)], {
      unprocessed: (keys, call) => (call < 6 ? keys : []),
    });
    const { delays, retry } = recordingPolicy();
    await batchGetAll(
      args(db.send, [keyOf(1)], { retry: { ...retry, random: () => 1, maxDelayMs: 300 } }),
    );
    expect(delays).toEqual([50, 100, 200, 300, 300]);
  });

  it('returns items in the order of the keys, however DynamoDB orders its responses', async () => {
    const reverse = (found: Item[]) => [...found].reverse();
    const db = simulatedBatchGet(range(250).map(itemOf), { order: reverse });
    const keys = range(250).map((i) => keyOf((i * 7) % 250));
    const result = await batchGetAll(args(db.send, keys));
    expect(result.map((item) => item?.PK)).toEqual(keys.map((key) => key.PK));
  });

  it('returns undefined where no item exists', async () => {
    const db = simulatedBatchGet([itemOf(1), itemOf(3)]);
    const result = await batchGetAll(args(db.send, [keyOf(1), keyOf(2), keyOf(3)]));
    expect(result).toEqual([itemOf(1), undefined, itemOf(3)]);
  });

  it('asks for a key once even when the input repeats it, and answers every position', async () => {
    const db = simulatedBatchGet([itemOf(1), itemOf(2)]);
    const result = await batchGetAll(
      args(db.send, [keyOf(1), keyOf(2), keyOf(1), { ...keyOf(1) }]),
    );
    expect(db.requests).toHaveLength(1);
    expect(db.requests[0].RequestItems![TABLE].Keys).toEqual([keyOf(1), keyOf(2)]);
    expect(result).toEqual([itemOf(1), itemOf(2), itemOf(1), itemOf(1)]);
  });

  it('fills chunks with distinct keys only: 150 distinct keys repeated twice take 2 requests', async () => {
    const db = simulatedBatchGet(range(150).map(itemOf));
    const keys = [...range(150), ...range(150)].map(keyOf);
    const result = await batchGetAll(args(db.send, keys));
    expect(db.requests.map((r) => r.RequestItems![TABLE].Keys!.length)).toEqual([100, 50]);
    expect(result.every((item, i) => item?.PK === keys[i].PK)).toBe(true);
  });

  it('throws BatchGetError listing exactly the keys still unprocessed after the last attempt', async () => {
    const stuck = new Set(['C#3', 'C#150']);
    const db = simulatedBatchGet(range(200).map(itemOf), {
      unprocessed: (keys) => keys.filter((key) => stuck.has(key.PK as string)),
    });
    const { retry } = recordingPolicy();
    const keys = range(200).map(keyOf);
    const error = await batchGetAll(
      args(db.send, keys, { retry: { ...retry, maxAttempts: 3 } }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(BatchGetError);
    expect(error.code).toBe('BATCH_GET_FAILED');
    expect(error.tableName).toBe(TABLE);
    expect(error.unprocessedKeys).toEqual([keyOf(3), keyOf(150)]);
    expect(error.unprocessedKeys[0]).toBe(keys[3]);
    expect(db.requests).toHaveLength(2 * 3);
  });

  it('retries a throttled request, and gives up with the throttling error as cause', async () => {
    const throttle = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    let calls = 0;
    const db = simulatedBatchGet([itemOf(1)]);
    const flaky: BatchGetAllArgs['send'] = async (params) => {
      if (++calls <= 2) throw throttle;
      return db.send(params);
    };
    const { retry } = recordingPolicy();
    expect(await batchGetAll(args(flaky, [keyOf(1)], { retry }))).toEqual([itemOf(1)]);

    const alwaysThrottled: BatchGetAllArgs['send'] = async () => {
      throw throttle;
    };
    const error = await batchGetAll(
      args(alwaysThrottled, [keyOf(1)], { retry: { ...retry, maxAttempts: 2 } }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(BatchGetError);
    expect(error.cause).toBe(throttle);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const broken: BatchGetAllArgs['send'] = async () => {
      calls++;
      throw Object.assign(new Error('Requested resource not found'), {
        name: 'ResourceNotFoundException',
      });
    };
    await expect(batchGetAll(args(broken, [keyOf(1)]))).rejects.toThrow(
      'Requested resource not found',
    );
    expect(calls).toBe(1);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const db = simulatedBatchGet(range(1000).map(itemOf));
    await batchGetAll(args(db.send, range(1000).map(keyOf), { concurrency: 3 }));
    expect(db.stats.maxInFlight).toBe(3);

    const byDefault = simulatedBatchGet(range(1000).map(itemOf));
    await batchGetAll(args(byDefault.send, range(1000).map(keyOf)));
    expect(byDefault.stats.maxInFlight).toBe(4);
  });

  it('passes consistent reads and a compiled projection through', async () => {
    const db = simulatedBatchGet([itemOf(1)]);
    const projection = {
      expression: '#n0, #n1, #n2',
      names: { '#n0': 'PK', '#n1': 'SK', '#n2': 'name' },
    };
    await batchGetAll(args(db.send, [keyOf(1)], { consistent: true, projection }));
    expect(db.requests[0]).toEqual({
      RequestItems: {
        [TABLE]: {
          Keys: [keyOf(1)],
          ConsistentRead: true,
          ProjectionExpression: '#n0, #n1, #n2',
          ExpressionAttributeNames: projection.names,
        },
      },
    });
  });

  it('explains a projection that leaves out the key attributes', async () => {
    const send: BatchGetAllArgs['send'] = async () => ({
      $metadata: {},
      Responses: { [TABLE]: [{ name: 'x' }] },
    });
    const run = batchGetAll(args(send, [keyOf(1)], { projection: { expression: 'name' } }));
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(run).rejects.toThrow(/projection must include them/);
  });

  it('matches number and binary keys by value', async () => {
    const items = [
      { PK: 'N', SK: 1, v: 'one' },
      { PK: 'N', SK: '1', v: 'string one' },
      { PK: 'B', SK: new Uint8Array([7, 8]), v: 'bytes' },
    ];
    const send: BatchGetAllArgs['send'] = async () => ({
      $metadata: {},
      Responses: {
        [TABLE]: items.map((item) => ({
          ...item,
          SK: item.SK instanceof Uint8Array ? Buffer.from(item.SK) : item.SK,
        })),
      },
    });
    const result = await batchGetAll(
      args(send, [
        { PK: 'B', SK: new Uint8Array([7, 8]) },
        { PK: 'N', SK: '1' },
        { PK: 'N', SK: 1 },
      ]),
    );
    expect(result.map((item) => item?.v)).toEqual(['bytes', 'string one', 'one']);
  });

  it('sends nothing for no keys', async () => {
    const db = simulatedBatchGet([]);
    expect(await batchGetAll(args(db.send, []))).toEqual([]);
    expect(db.requests).toHaveLength(0);
  });
});
