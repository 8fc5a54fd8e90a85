import { FaultInjector } from './fault-injector';

describe('FaultInjector', () => {
  it('throttles about the given rate of matching operations only, and stops after count', () => {
    const faults = new FaultInjector(3);
    faults.throttle({ operation: 'PutItem', rate: 0.5, count: 10 });
    const results = Array.from({ length: 100 }, () => faults.throttleFor('PutItem'));
    expect(results.filter(Boolean)).toHaveLength(10);
    expect(faults.throttleFor('GetItem')).toBeUndefined();
    expect(results.find(Boolean)?.type).toBe('ProvisionedThroughputExceededException');
  });

  it('repeats the same decisions for the same seed', () => {
    const decisions = (seed: number) => {
      const faults = new FaultInjector(seed);
      faults.throttle({ rate: 0.3 });
      return Array.from({ length: 50 }, () => Boolean(faults.throttleFor('Query')));
    };
    expect(decisions(42)).toEqual(decisions(42));
    expect(decisions(42)).not.toEqual(decisions(43));
  });

  it('chooses the requested share of a batch as unprocessed', () => {
    const faults = new FaultInjector();
    faults.unprocessed({ operation: 'BatchWriteItem', ratio: 0.4 });
    expect(faults.unprocessedPositions('BatchWriteItem', 10).size).toBe(4);
    expect(faults.unprocessedPositions('BatchGetItem', 10).size).toBe(0);
    faults.clear();
    expect(faults.unprocessedPositions('BatchWriteItem', 10).size).toBe(0);
  });

  it('refuses rates outside 0..1', () => {
    expect(() => new FaultInjector().throttle({ rate: 2 })).toThrow('faults: rate must be a number between 0 and 1, got 2');
  });
});
