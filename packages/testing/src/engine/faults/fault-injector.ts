import { EngineError } from '../errors';
import { seededRandom } from './seeded-random';

/** Makes a fraction of matching requests fail the way an overloaded table does. */
export interface ThrottleFault {
  /** Operation name (e.g. 'BatchWriteItem'); every operation when omitted. */
  operation?: string;
  /** Fraction of matching requests to throttle, 0..1. */
  rate: number;
  /** Stop after throttling this many requests. */
  count?: number;
  /** The error to answer with; ProvisionedThroughputExceededException by default. */
  error?: 'ProvisionedThroughputExceededException' | 'ThrottlingException';
  /** Seed for this rule's random choices; the engine's seed when omitted. */
  seed?: number;
}

/** Leaves a fraction of a batch unperformed and hands it back as UnprocessedKeys/UnprocessedItems. */
export interface UnprocessedFault {
  operation: 'BatchGetItem' | 'BatchWriteItem';
  /** Fraction of the batch's requests to leave unprocessed, 0..1. */
  ratio: number;
  /** Stop after this many batches have been affected. */
  count?: number;
  seed?: number;
}

interface ActiveRule<T> {
  rule: T;
  random: () => number;
  remaining: number;
}

const THROTTLE_MESSAGES = {
  ProvisionedThroughputExceededException:
    'The level of configured provisioned throughput for the table was exceeded. ' +
    'Consider increasing your provisioning level with the UpdateTable API.',
  ThrottlingException:
    'Throughput exceeds the current capacity of your table or index. DynamoDB is automatically ' +
    'scaling your table or index so please try again shortly.',
} as const;

/**
 * Fault injection for the in-process engine. Decisions come from a seeded generator, so a test
 * sees the same failures on every run.
 *
 * @example
 * engine.faults.throttle({ operation: 'BatchWriteItem', rate: 0.3 });
 * engine.faults.unprocessed({ operation: 'BatchGetItem', ratio: 0.5 });
 */
export class FaultInjector {
  private throttles: ActiveRule<ThrottleFault>[] = [];
  private unprocessedRules: ActiveRule<UnprocessedFault>[] = [];

  constructor(private readonly seed = 1) {}

  throttle(rule: ThrottleFault): void {
    assertFraction(rule.rate, 'rate');
    this.throttles.push(this.activate(rule));
  }

  unprocessed(rule: UnprocessedFault): void {
    assertFraction(rule.ratio, 'ratio');
    this.unprocessedRules.push(this.activate(rule));
  }

  clear(): void {
    this.throttles = [];
    this.unprocessedRules = [];
  }

  /** The throttling error to answer `operation` with, if a rule fires. */
  throttleFor(operation: string): EngineError | undefined {
    for (const active of this.throttles) {
      const { rule } = active;
      if (active.remaining <= 0 || (rule.operation && rule.operation !== operation)) continue;
      if (active.random() >= rule.rate) continue;
      active.remaining -= 1;
      const type = rule.error ?? 'ProvisionedThroughputExceededException';
      return new EngineError(type, THROTTLE_MESSAGES[type]);
    }
    return undefined;
  }

  /** Positions (0-based) of the batch's requests to leave unprocessed. */
  unprocessedPositions(operation: 'BatchGetItem' | 'BatchWriteItem', total: number): Set<number> {
    const chosen = new Set<number>();
    const active = this.unprocessedRules.find((a) => a.rule.operation === operation && a.remaining > 0);
    if (!active || total === 0) return chosen;
    // Round the expected count randomly so that small batches are affected in proportion too.
    const exact = total * active.rule.ratio;
    const wanted = Math.min(total, Math.floor(exact) + (active.random() < exact % 1 ? 1 : 0));
    if (wanted === 0) return chosen;
    active.remaining -= 1;
    const positions = Array.from({ length: total }, (_, i) => i);
    for (let i = 0; i < wanted; i++) {
      const pick = i + Math.floor(active.random() * (total - i));
      [positions[i], positions[pick]] = [positions[pick], positions[i]];
      chosen.add(positions[i]);
    }
    return chosen;
  }

  private activate<T extends { count?: number; seed?: number }>(rule: T): ActiveRule<T> {
    const seed = rule.seed ?? this.seed + this.throttles.length + this.unprocessedRules.length;
    return { rule: { ...rule }, random: seededRandom(seed), remaining: rule.count ?? Infinity };
  }
}

function assertFraction(value: number, name: string): void {
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`faults: ${name} must be a number between 0 and 1, got ${value}`);
  }
}
