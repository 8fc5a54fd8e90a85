import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createEngine, createTable, errorOf } from './engine-test-kit';

async function setup(count = 40) {
  const kit = createEngine();
  await createTable(kit.client);
  for (let start = 0; start < count; start += 25) {
    const items = Array.from({ length: Math.min(25, count - start) }, (_, i) => ({ PK: `P#${start + i}`, SK: 'A', n: start + i }));
    await kit.documents.send(new BatchWriteCommand({ RequestItems: { app: items.map((Item) => ({ PutRequest: { Item } })) } }));
  }
  return kit;
}

describe('Scan through a real DynamoDBClient', () => {
  it('reads every item once across pages', async () => {
    const { documents } = await setup();
    const seen: number[] = [];
    let startKey: Record<string, unknown> | undefined;
    let pages = 0;
    do {
      const page = await documents.send(new ScanCommand({ TableName: 'app', Limit: 7, ExclusiveStartKey: startKey }));
      seen.push(...(page.Items ?? []).map((item) => item.n as number));
      startKey = page.LastEvaluatedKey;
      pages += 1;
    } while (startKey);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(pages).toBe(6);
  });

  it('splits the table into disjoint parallel-scan segments', async () => {
    const { documents } = await setup();
    const segments = await Promise.all(
      [0, 1, 2, 3].map((Segment) => documents.send(new ScanCommand({ TableName: 'app', Segment, TotalSegments: 4 }))),
    );
    const all = segments.flatMap((page) => (page.Items ?? []).map((item) => item.n as number));
    expect(all.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(segments.filter((page) => (page.Count ?? 0) > 0).length).toBeGreaterThan(1);
  });

  it('filters (key attributes allowed) and projects', async () => {
    const { documents } = await setup();
    const result = await documents.send(
      new ScanCommand({
        TableName: 'app',
        FilterExpression: 'n < :max AND PK <> :skip',
        ProjectionExpression: 'n',
        ExpressionAttributeValues: { ':max': 3, ':skip': 'P#1' },
      }),
    );
    expect(result.Items?.map((item) => item.n).sort()).toEqual([0, 2]);
    expect(result.ScannedCount).toBe(40);
    expect(result.Items?.[0]).toEqual({ n: expect.any(Number) });
  });

  it.each([
    [{ Segment: 1 }, 'If segment is specified, total segment must also be specified'],
    [{ TotalSegments: 2 }, 'If total segments is specified, a particular segment must also be specified for this request'],
    [
      { Segment: 4, TotalSegments: 4 },
      "1 validation error detected: Value '4' at 'segment' failed to satisfy constraint: Member must have value less than or equal to 3",
    ],
    [
      { Segment: 0, TotalSegments: 1000001 },
      "1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000",
    ],
  ])('validates segments %j', async (segments, message) => {
    const { documents } = await setup(1);
    const error = await errorOf(() => documents.send(new ScanCommand({ TableName: 'app', ...segments })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(message);
  });

  it('answers ResourceNotFoundException for a missing table', async () => {
    const { documents } = await setup(1);
    const error = await errorOf(() => documents.send(new ScanCommand({ TableName: 'missing' })));
    expect(error.name).toBe('ResourceNotFoundException');
    expect(error.message).toBe('Cannot do operations on a non-existent table');
  });
});
