import { AsyncResource } from 'node:async_hooks';
import { toLambdaRecord, type LambdaStreamRecord } from './lambda-event';
import type { StreamRegistry } from './stream-registry';
import type { TableStream } from './table-stream';

/** What a subscribed handler is called with: a Lambda `DynamoDBStreamEvent`. */
export interface StreamEventBatch {
  Records: LambdaStreamRecord[];
}

/** A Lambda stream handler: may return a partial batch response. */
export type SubscribedHandler = (event: StreamEventBatch) => unknown;

export interface SubscribeOptions {
  /** Most records per call (Lambda's BatchSize). Default 100. */
  batchSize?: number;
  /** Retries of a failing batch before its records are discarded (Lambda's MaximumRetryAttempts). Default 10. */
  maxRetries?: number;
  /** Split a failing batch in two for its retries (Lambda's BisectBatchOnFunctionError). Default false. */
  bisectOnError?: boolean;
  /** Where delivery starts: the stream's first record, or the next one written. Default TRIM_HORIZON. */
  startingPosition?: 'TRIM_HORIZON' | 'LATEST';
  /**
   * Milliseconds to wait before retrying a failed batch, doubled on each further failure of the
   * same records and capped at a minute, as Lambda backs off. Default 0: tests do not wait.
   */
  retryDelayMs?: number;
}

export interface StreamSubscription {
  /** Records given up on after `maxRetries` failed deliveries, in order. */
  readonly discarded: readonly LambdaStreamRecord[];
  /** Stops delivering; a batch in flight finishes. */
  unsubscribe(): void;
}

const DEFAULTS = { batchSize: 100, maxRetries: 10, bisectOnError: false, retryDelayMs: 0 };
const MAX_RETRY_DELAY_MS = 60_000;

/**
 * One event source mapping: delivers a stream's records, in order, one batch at a time, with
 * Lambda's retry semantics — a throwing handler gets the same batch again (halved with
 * `bisectOnError`), a partial batch response (`batchItemFailures`) resumes from the first
 * failed record, and after `maxRetries` failures the batch is discarded. The handler runs in
 * the async context of `subscribe()` (as a Lambda runs in its own), never in that of the write
 * whose record it handles: AsyncLocalStorage state of a request does not leak into it.
 */
class Subscription implements StreamSubscription {
  readonly discarded: LambdaStreamRecord[] = [];
  private position: number;
  private failures = 0;
  private size: number;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly scope = new AsyncResource('MonotableStreamSubscription');

  constructor(
    private readonly stream: TableStream,
    private readonly handler: SubscribedHandler,
    private readonly options: Required<Omit<SubscribeOptions, 'startingPosition'>>,
    startingPosition: 'TRIM_HORIZON' | 'LATEST',
    private readonly onStop: () => void,
  ) {
    this.position = startingPosition === 'LATEST' ? stream.nextSequence() : stream.horizon;
    this.size = options.batchSize;
  }

  get pending(): boolean {
    return !this.stopped && this.stream.recordsFrom(this.position, 1).length > 0;
  }

  /** Delivers until nothing is pending; concurrent calls share the one delivery loop. */
  pump(): Promise<void> {
    this.running ??= this.scope
      .runInAsyncScope(() => this.deliverAll())
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  unsubscribe(): void {
    this.stopped = true;
    this.onStop();
    this.scope.emitDestroy();
  }

  private async deliverAll(): Promise<void> {
    // Let the write that appended the records finish answering before the handler runs.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pending) await this.deliverOne();
  }

  private async deliverOne(): Promise<void> {
    const batch = this.stream.recordsFrom(this.position, this.size);
    const records = batch.map((record) => toLambdaRecord(record, this.stream));
    let resumeAt: number | undefined;
    try {
      const answer = (await this.handler({ Records: records })) as
        { batchItemFailures?: { itemIdentifier?: string }[] } | undefined;
      resumeAt = firstFailure(
        answer,
        batch.map((record) => record.sequence),
        records,
      );
    } catch {
      resumeAt = batch[0].sequence;
    }
    if (resumeAt === undefined) {
      this.advance(batch.at(-1)!.sequence + 1);
      return;
    }
    if (resumeAt > batch[0].sequence) {
      // The records before the first failure are done.
      this.advance(resumeAt);
      return;
    }
    this.failures += 1;
    if (this.failures > this.options.maxRetries) {
      this.discarded.push(...records);
      this.advance(batch.at(-1)!.sequence + 1);
      return;
    }
    if (this.options.bisectOnError) this.size = Math.max(1, Math.ceil(batch.length / 2));
    const delay = Math.min(
      this.options.retryDelayMs * 2 ** (this.failures - 1),
      MAX_RETRY_DELAY_MS,
    );
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  }

  private advance(to: number): void {
    this.position = to;
    this.failures = 0;
    this.size = this.options.batchSize;
  }
}

/**
 * The sequence number delivery resumes from after a partial batch response, or undefined when
 * the batch succeeded. As with Lambda, a failure naming no record of the batch fails all of it.
 */
function firstFailure(
  answer: { batchItemFailures?: { itemIdentifier?: string }[] } | undefined,
  sequences: number[],
  records: LambdaStreamRecord[],
): number | undefined {
  const failures = answer?.batchItemFailures;
  if (!Array.isArray(failures) || failures.length === 0) return undefined;
  const failed = failures.map((failure) =>
    records.findIndex((record) => record.dynamodb.SequenceNumber === failure?.itemIdentifier),
  );
  if (failed.includes(-1)) return sequences[0];
  return sequences[Math.min(...failed)];
}

/**
 * The engine's event source mappings (`engine.streams`): handlers subscribed to tables' streams
 * are called with Lambda-shaped events as records are written, and `drain()` waits until every
 * record written so far has been handled.
 *
 * @example
 * const subscription = engine.streams.subscribe('shop', db.onChange((on) => on(Order, { insert })));
 * await orders.create({ ... });
 * await engine.streams.drain();
 */
export class StreamSubscriptions {
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly registry: StreamRegistry) {
    registry.onAppend(() => {
      for (const subscription of this.subscriptions) void subscription.pump();
    });
  }

  /** Delivers the records of `tableName`'s enabled stream to `handler`. */
  subscribe(
    tableName: string,
    handler: SubscribedHandler,
    options: SubscribeOptions = {},
  ): StreamSubscription {
    const stream = this.registry.enabledStreamOf(tableName);
    if (!stream) {
      throw new Error(
        `Table ${tableName} has no enabled stream to subscribe to: create it (or UpdateTable) with a StreamSpecification`,
      );
    }
    const { startingPosition = 'TRIM_HORIZON', ...rest } = options;
    const subscription = new Subscription(
      stream,
      handler,
      { ...DEFAULTS, ...rest },
      startingPosition,
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    void subscription.pump();
    return subscription;
  }

  /** Resolves once every subscription has handled (or discarded) every record written so far. */
  async drain(): Promise<void> {
    while ([...this.subscriptions].some((subscription) => subscription.pending)) {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.pump()));
    }
  }
}
