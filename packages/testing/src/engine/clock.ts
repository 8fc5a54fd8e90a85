/** Where the engine reads the current time from: a function returning a Date or epoch milliseconds. */
export type ClockSource = () => Date | number;

/**
 * The engine's notion of "now", used for TTL expiry and table timestamps. Tests move it with
 * `advance(ms)` or `set(date)` instead of waiting, on top of any injected source.
 *
 * @example
 * const engine = new MemoryDynamoDB({ clock: () => new Date('2030-01-01') });
 * engine.clock.advance(60_000);
 */
export class EngineClock {
  private offsetMs = 0;

  constructor(private readonly source: ClockSource = () => Date.now()) {}

  /** The current time in epoch milliseconds. */
  nowMs(): number {
    const value = this.source();
    return (typeof value === 'number' ? value : value.getTime()) + this.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** Moves time forward (or backward, with a negative value) by `ms` milliseconds. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Jumps to an absolute time; later calls to `advance` move on from there. */
  set(time: Date | number): void {
    const target = typeof time === 'number' ? time : time.getTime();
    this.offsetMs += target - this.nowMs();
  }
}
