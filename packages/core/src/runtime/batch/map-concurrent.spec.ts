import { mapConcurrent } from './map-concurrent';

const tick = (ms = 1) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapConcurrent', () => {
  it('keeps the order of the input even when later calls finish first', async () => {
    const results = await mapConcurrent([30, 10, 20, 0], 4, async (ms, index) => {
      await tick(ms);
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:10', '2:20', '3:0']);
  });

  it('never has more than `concurrency` calls in flight, and uses all of them', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    await mapConcurrent(
      Array.from({ length: 50 }, (_, i) => i),
      3,
      async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await tick();
        inFlight--;
      },
    );
    expect(maxInFlight).toBe(3);
  });

  it('rejects with the first error and starts no further call', async () => {
    const started: number[] = [];
    const run = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      await tick();
      if (item === 1) throw new Error('boom');
      return item;
    });
    await expect(run).rejects.toThrow('boom');
    await tick(10);
    expect(started).toEqual([0, 1, 2]);
  });

  it('returns an empty array for no items without calling fn', async () => {
    const fn = async () => 1;
    expect(await mapConcurrent([], 4, fn)).toEqual([]);
  });

  it('rejects a concurrency that is not a positive integer', async () => {
    await expect(mapConcurrent([1], 0, async (x) => x)).rejects.toThrow(RangeError);
  });
});
