import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { EngineClock, type ClockSource } from './clock';
import { Dispatcher } from './dispatcher';
import { FaultInjector } from './faults';
import type { OperationContext } from './operation-context';
import { operationHandlers } from './operations';
import { RequestRecorder, type RecordedRequest } from './request-recorder';
import { Database, type EngineSnapshot } from './state/database';
import type { StateChange, StateChangeListener } from './state/state-change';
import { TransactionTokens } from './state/transaction-tokens';
import { streamOperationHandlers } from './streams/operations';
import { StreamSubscriptions } from './streams/stream-subscriptions';
import { createStorageStats, type StorageStats } from './storage/storage-stats';
import {
  answerJsonRequest,
  EngineRequestHandler,
  startHttpServer,
  type EngineServer,
  type HttpServerLimits,
  type WireResponse,
} from './transport';

export interface MemoryDynamoDBOptions {
  /** Source of the current time (TTL expiry, timestamps); `engine.clock` can move it further. */
  clock?: ClockSource;
  /** Seed of the fault injector's random choices (default 1), so failures repeat run to run. */
  seed?: number;
  /** Keep every request in `requests` (default true); turn off for long-running servers. */
  recordRequests?: boolean;
}

/**
 * A DynamoDB engine in this process. Clients talk to it through the real AWS SDK (the request
 * handler is swapped, nothing else), or over HTTP via `listen()`.
 *
 * @example
 * const engine = new MemoryDynamoDB();
 * const client = engine.createClient();
 * await client.send(new CreateTableCommand({ ... }));
 */
export class MemoryDynamoDB {
  readonly clock: EngineClock;
  readonly faults: FaultInjector;
  /** What the storage has done so far; e.g. `stats.itemsRead` to assert that a Query stays cheap. */
  readonly stats: StorageStats = createStorageStats();
  private readonly recorder: RequestRecorder;
  private readonly database: Database;
  private readonly transactionTokens = new TransactionTokens();
  private readonly dispatcher: Dispatcher;
  /** Lambda-style deliveries of the tables' DynamoDB streams to handlers: `subscribe`, `drain`. */
  readonly streams: StreamSubscriptions;

  constructor(options: MemoryDynamoDBOptions = {}) {
    this.clock = new EngineClock(options.clock);
    this.faults = new FaultInjector(options.seed ?? 1);
    this.recorder = new RequestRecorder(options.recordRequests ?? true);
    this.database = new Database(this.stats, this.clock);
    const context: OperationContext = {
      database: this.database,
      clock: this.clock,
      faults: this.faults,
      transactionTokens: this.transactionTokens,
    };
    this.dispatcher = new Dispatcher(
      { ...operationHandlers, ...streamOperationHandlers },
      context,
      this.recorder,
    );
    this.streams = new StreamSubscriptions(this.database.streams);
  }

  /** Every request answered so far, oldest first. */
  get requests(): RecordedRequest[] {
    return this.recorder.requests;
  }

  clearRequests(): void {
    this.recorder.clear();
  }

  /**
   * A real DynamoDBClient served by this engine (no network). `config` overrides the defaults
   * (region 'local', dummy credentials); the request handler is always the engine's.
   */
  createClient(config: Partial<DynamoDBClientConfig> = {}): DynamoDBClient {
    return new DynamoDBClient({
      region: 'local',
      endpoint: 'http://memory.local',
      credentials: { accessKeyId: 'memory', secretAccessKey: 'memory' },
      ...config,
      requestHandler: this.createRequestHandler(),
    });
  }

  /**
   * The request handler behind `createClient()`, for any other AWS SDK client of the same
   * endpoint, e.g. DynamoDB Streams:
   *
   * @example
   * const streams = new DynamoDBStreamsClient({ region: 'local', requestHandler: engine.createRequestHandler() });
   */
  createRequestHandler(): EngineRequestHandler {
    return new EngineRequestHandler((target, body) => this.answer(target, body));
  }

  /**
   * Serves the engine over HTTP; `port` 0 picks a free one. `options` bound request bodies
   * (16 MiB) and the time to send headers (10 s) and whole requests (60 s), and with
   * `requireAuth` name the access keys requests must be signed with.
   */
  listen(
    port = 0,
    host = '127.0.0.1',
    options: HttpServerLimits & { requireAuth?: readonly string[] } = {},
  ): Promise<EngineServer> {
    return startHttpServer((target, body) => this.answer(target, body), { ...options, port, host });
  }

  /** Answers one raw JSON-protocol request (`x-amz-target` header and body). */
  answer(target: string | undefined, body: string): WireResponse {
    return answerJsonRequest(
      (operation, input) => this.dispatcher.run(operation, input),
      target,
      body,
    );
  }

  /** Drops every table, recorded request, fault and idempotency token. */
  reset(): void {
    this.database.clear();
    this.recorder.clear();
    this.faults.clear();
    this.transactionTokens.clear();
  }

  /** A deep copy of all tables and items. */
  snapshot(): EngineSnapshot {
    return this.database.snapshot();
  }

  /** Replaces all tables and items by a copy of `snapshot`. */
  restore(snapshot: EngineSnapshot): void {
    this.database.restore(snapshot);
  }

  /**
   * Calls `listener` synchronously with every later change to tables and items, while the
   * request that causes it is answered (e.g. to journal them); returns the function that stops
   * it. The change's values belong to the engine: copy them before keeping them.
   */
  onStateChange(listener: StateChangeListener): () => void {
    return this.database.onChange(listener);
  }

  /** Applies a change reported by `onStateChange`, e.g. to replay a journal on a snapshot. */
  applyStateChange(change: StateChange): void {
    this.database.apply(change);
  }
}
