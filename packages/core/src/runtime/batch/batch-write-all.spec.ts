import type { BatchWriteCommandInput, BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { BatchWriteError } from '../../model/errors/errors';
import { batchWriteAll, type BatchWriteAllArgs } from './batch-write-all';
import type { WriteRequest } from '../../requests/batch/write-request';

const TABLE = 'app';
const KEY = ['PK', 'SK'];
type Item = Record<string, unknown>;
type SentRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

const keyOf = (i: number): Item => ({ PK: `C#${i}`, SK: 'PROFILE' });
const itemOf = (i: number, version = 1): Item => ({ ...keyOf(i), version });
const put = (item: Item): WriteRequest => ({ type: 'put', item });
const del = (key: Item): WriteRequest => ({ type: 'delete', key });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
const idOf = (target: Item) => `${target.PK}|${target.SK}`;

/**
 * A stand-in for DynamoDB's BatchWriteItem: applies requests to `table`, and lets a test decide
 * which requests of a call come back as UnprocessedItems. Enforces DynamoDB's rules of at most
 * 25 requests and no key twice in one call.
 */
function simulatedBatchWrite(
  behaviour: { unprocessed?: (requests: SentRequest[], call: number) => SentRequest[] } = {},
) {
  const table = new Map<string, Item>();
  const requests: BatchWriteCommandInput[] = [];
  let inFlight = 0;
  const stats = { maxInFlight: 0 };
  const send = async (params: BatchWriteCommandInput): Promise<BatchWriteCommandOutput> => {
    requests.push(params);
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    await tick();
    inFlight--;
    const sent = params.RequestItems![TABLE];
    const ids = sent.map((r) => idOf((r.PutRequest?.Item ?? r.DeleteRequest?.Key)!));
    if (sent.length > 25 || new Set(ids).size !== ids.length) {
      throw Object.assign(new Error('Provided list of item keys contains duplicates'), {
        name: 'ValidationException',
      });
    }
    const left = behaviour.unprocessed?.(sent, requests.length) ?? [];
    for (const request of sent.filter((r) => !left.includes(r))) {
      if (request.PutRequest)
        table.set(idOf(request.PutRequest.Item!), { ...request.PutRequest.Item });
      else table.delete(idOf(request.DeleteRequest!.Key!));
    }
    return {
      $metadata: {},
      UnprocessedItems: left.length ? { [TABLE]: structuredClone(left) } : {},
    };
  };
  return { send, requests, table, stats };
}

function recordingPolicy() {
  const delays: number[] = [];
  return {
    delays,
    retry: { random: () => 0.5, sleep: async (ms: number) => void delays.push(ms) },
  };
}

function args(
  send: BatchWriteAllArgs['send'],
  requests: WriteRequest[],
  extra: Partial<BatchWriteAllArgs> = {},
) {
  return { tableName: TABLE, keyAttributes: KEY, requests, send, ...extra };
}

describe('batchWriteAll', () => {
  it('writes 1,000 items in exactly 40 requests of at most 25', async () => {
    const db = simulatedBatchWrite();
    await batchWriteAll(
      args(
        db.send,
        range(1000).map((i) => put(itemOf(i))),
      ),
    );
    expect(db.requests).toHaveLength(40);
    for (const request of db.requests)
      expect(request.RequestItems![TABLE].length).toBeLessThanOrEqual(25);
    expect(db.table.size).toBe(1000);
  });

  it('sends puts and deletes in the DocumentClient shape', async () => {
    const db = simulatedBatchWrite();
    await batchWriteAll(args(db.send, [put(itemOf(1)), del(keyOf(2))]));
    expect(db.requests[0]).toEqual({
      RequestItems: {
        [TABLE]: [{ PutRequest: { Item: itemOf(1) } }, { DeleteRequest: { Key: keyOf(2) } }],
      },
    });
  });

  it('retries the unprocessed half of every response until everything is written', async () => {
    const db = simulatedBatchWrite({
      unprocessed: (sent) => sent.slice(Math.ceil(sent.length / 2)),
    });
    const { delays, retry } = recordingPolicy();
    const retries: Array<[number, number]> = [];
    await batchWriteAll(
      args(
        db.send,
        range(25).map((i) => put(itemOf(i))),
        {
          retry,
          onRetry: (attempt, remaining) => retries.push([attempt, remaining]),
        },
      ),
    );
    expect(db.table.size).toBe(25);
    // 25 → 12 → 6 → 3 → 1 → 0
    expect(db.requests.map((r) => r.RequestItems![TABLE].length)).toEqual([25, 12, 6, 3, 1]);
    expect(retries).toEqual([
      [1, 12],
      [2, 6],
      [3, 3],
      [4, 1],
    ]);
    expect(delays).toEqual([25, 50, 100, 200]);
  });

  it('sends only the last request for a key, so the later request wins', async () => {
    const db = simulatedBatchWrite();
    db.table.set(idOf(keyOf(2)), itemOf(2));
    await batchWriteAll(
      args(db.send, [
        put(itemOf(1, 1)),
        put(itemOf(2, 1)),
        del(keyOf(1)),
        put(itemOf(1, 3)),
        del(keyOf(2)),
      ]),
    );
    expect(db.requests).toHaveLength(1);
    expect(db.requests[0].RequestItems![TABLE]).toEqual([
      { PutRequest: { Item: itemOf(1, 3) } },
      { DeleteRequest: { Key: keyOf(2) } },
    ]);
    expect(db.table.get(idOf(keyOf(1)))).toEqual(itemOf(1, 3));
    expect(db.table.has(idOf(keyOf(2)))).toBe(false);
  });

  it('never puts a key twice into one request, whatever the input repeats', async () => {
    const db = simulatedBatchWrite();
    const requests = range(300).map((i) =>
      i % 3 === 0 ? del(keyOf(i % 40)) : put(itemOf(i % 40, i)),
    );
    await batchWriteAll(args(db.send, requests));
    // The simulator rejects duplicates, so reaching here already proves it; the final state is
    // what applying the requests one by one would leave.
    const expected = new Map<string, Item>();
    for (const r of requests) {
      if (r.type === 'put') expected.set(idOf(r.item), r.item);
      else expected.delete(idOf(r.key));
    }
    expect(db.table).toEqual(expected);
  });

  it('throws BatchWriteError listing exactly the requests left after the last attempt', async () => {
    const stuck = new Set(['C#7', 'C#30']);
    const db = simulatedBatchWrite({
      unprocessed: (sent) =>
        sent.filter((r) =>
          stuck.has(((r.PutRequest?.Item ?? r.DeleteRequest?.Key) as Item).PK as string),
        ),
    });
    const { retry } = recordingPolicy();
    const requests = [
      ...range(20).map((i) => put(itemOf(i))),
      ...range(20).map((i) => del(keyOf(20 + i))),
    ];
    const error = await batchWriteAll(
      args(db.send, requests, { retry: { ...retry, maxAttempts: 3 } }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(BatchWriteError);
    expect(error.code).toBe('BATCH_WRITE_FAILED');
    expect(error.unprocessed).toEqual([
      { type: 'put', item: itemOf(7) },
      { type: 'delete', item: keyOf(30) },
    ]);
    expect(db.requests).toHaveLength(2 * 3);
    expect(db.table.size).toBe(19);
  });

  it('retries a throttled chunk as a whole', async () => {
    const db = simulatedBatchWrite();
    const throttled = new Set<number>();
    const flaky: BatchWriteAllArgs['send'] = async (params) => {
      const first = params.RequestItems![TABLE][0].PutRequest!.Item!.PK as string;
      const chunkNo = Number(first.slice(2)) / 25;
      if (!throttled.has(chunkNo)) {
        throttled.add(chunkNo);
        throw Object.assign(new Error('Throughput exceeds the current capacity'), {
          name: 'ProvisionedThroughputExceededException',
        });
      }
      return db.send(params);
    };
    const { delays, retry } = recordingPolicy();
    await batchWriteAll(
      args(
        flaky,
        range(100).map((i) => put(itemOf(i))),
        { retry },
      ),
    );
    expect(db.table.size).toBe(100);
    expect(db.requests.map((r) => r.RequestItems![TABLE].length)).toEqual([25, 25, 25, 25]);
    expect(delays).toEqual([25, 25, 25, 25]);
  });

  it('keeps the throttling error as cause when throttling outlasts the retries', async () => {
    const throttle = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    let calls = 0;
    const send: BatchWriteAllArgs['send'] = async () => {
      calls++;
      throw throttle;
    };
    const { retry } = recordingPolicy();
    const error = await batchWriteAll(
      args(send, [put(itemOf(1))], { retry: { ...retry, maxAttempts: 4 } }),
    ).catch((e) => e);
    expect(calls).toBe(4);
    expect(error).toBeInstanceOf(BatchWriteError);
    expect(error.unprocessed).toEqual([{ type: 'put', item: itemOf(1) }]);
    expect(error.cause).toBe(throttle);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const send: BatchWriteAllArgs['send'] = async () => {
      calls++;
      throw Object.assign(new Error('Item size has exceeded the maximum allowed size'), {
        name: 'ValidationException',
      });
    };
    await expect(batchWriteAll(args(send, [put(itemOf(1))]))).rejects.toThrow(
      /maximum allowed size/,
    );
    expect(calls).toBe(1);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const db = simulatedBatchWrite();
    await batchWriteAll(
      args(
        db.send,
        range(1000).map((i) => put(itemOf(i))),
        { concurrency: 2 },
      ),
    );
    expect(db.stats.maxInFlight).toBe(2);
  });

  it('keeps the bound while chunks are being retried', async () => {
    const db = simulatedBatchWrite({
      unprocessed: (sent, call) => (call % 2 ? sent.slice(20) : []),
    });
    const { retry } = recordingPolicy();
    await batchWriteAll(
      args(
        db.send,
        range(500).map((i) => put(itemOf(i))),
        { concurrency: 5, retry },
      ),
    );
    expect(db.table.size).toBe(500);
    expect(db.stats.maxInFlight).toBeLessThanOrEqual(5);
  });

  it('sends nothing for no requests', async () => {
    const db = simulatedBatchWrite();
    await batchWriteAll(args(db.send, []));
    expect(db.requests).toHaveLength(0);
  });
});
