import { AsyncLocalStorage } from 'node:async_hooks';
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConfigurationError, ItemNotFoundError } from '../model/errors';
import type { OperationName, RequestInputs, RequestOutputs } from '../requests/request-types';
import { indexProjectionRefusal } from './index-projection-refusal';

const commands = {
  PutItem: PutCommand,
  GetItem: GetCommand,
  UpdateItem: UpdateCommand,
  DeleteItem: DeleteCommand,
  Query: QueryCommand,
  Scan: ScanCommand,
  BatchGetItem: BatchGetCommand,
  BatchWriteItem: BatchWriteCommand,
  TransactWriteItems: TransactWriteCommand,
  TransactGetItems: TransactGetCommand,
  CreateTable: CreateTableCommand,
  DescribeTable: DescribeTableCommand,
} satisfies Record<OperationName, unknown>;

export type { OperationName };

/** One DynamoDB request as monotable would send it (DocumentClient-native values). */
export interface DynamoRequest {
  operation: OperationName;
  params: Record<string, any>;
}

/** Why monotable sent a request again. */
export type RetryReason =
  /** DynamoDB cancelled a transaction for a concurrent one on the same items. */
  | 'conflict'
  /** The item changed between the read a write was computed from and the write. */
  | 'changed'
  /** The item was stored at an older schema version and was upgraded first. */
  | 'upgraded'
  /** A batch left items unprocessed, or was throttled. */
  | 'unprocessed';

/** What the `logger` option receives after every request. */
export interface RequestLogEvent extends DynamoRequest {
  durationMs: number;
  /** Retries the SDK made for this request (attempts - 1). */
  retries: number;
  /** Set on requests monotable sent again under its retry policy: the attempt (2 = first retry) and why. */
  retry?: { attempt: number; reason: RetryReason };
  consumedCapacity?: ConsumedCapacity | ConsumedCapacity[];
  error?: unknown;
}

export type MonotableLogger = (event: RequestLogEvent) => void;

const explainScope = new AsyncLocalStorage<DynamoRequest[]>();

/** How the engine would answer on an empty table: reads find nothing, writes succeed. */
function emptyTableAnswer(operation: OperationName, params: Record<string, any>): any {
  switch (operation) {
    case 'Query':
    case 'Scan':
      return params.Select === 'COUNT' ? { Count: 0 } : { Items: [], Count: 0 };
    case 'BatchGetItem':
      return { Responses: {} };
    case 'TransactGetItems':
      return { Responses: [] };
    case 'UpdateItem':
      // ALL_NEW: the item as far as the request itself tells it.
      return params.ReturnValues === 'ALL_NEW' ? { Attributes: { ...params.Key } } : {};
    default:
      return {};
  }
}

/**
 * Runs `fn` without sending anything: every request is recorded and answered as an empty
 * table would answer it (reads find nothing, writes succeed). Validation and key rendering
 * still run, so invalid input still throws. When the operation stops because a read found
 * nothing (an update of a missing item), the requests up to there are returned.
 */
export async function explainRequests(fn: () => Promise<unknown>): Promise<DynamoRequest[]> {
  const requests: DynamoRequest[] = [];
  try {
    await explainScope.run(requests, fn);
  } catch (error) {
    if (requests.length === 0 || !(error instanceof ItemNotFoundError)) {
      throw error;
    }
  }
  if (requests.length === 0) {
    throw new ConfigurationError('explain: the operation sent no request');
  }
  return requests;
}

/** Sends requests through the DocumentClient, timing and logging each one. */
export class RequestExecutor {
  constructor(
    readonly documentClient: DynamoDBDocumentClient,
    private readonly logger?: MonotableLogger,
    private readonly returnConsumedCapacity?: 'TOTAL' | 'INDEXES',
    private readonly retryOf?: { attempt: number; reason: RetryReason },
  ) {}

  /** The same executor, its requests logged as attempt `attempt` of a retry for `reason`. */
  retrying(attempt: number, reason: RetryReason): RequestExecutor {
    if (attempt <= 1) return this;
    return new RequestExecutor(this.documentClient, this.logger, this.returnConsumedCapacity, {
      attempt,
      reason,
    });
  }

  async send<O extends OperationName>(
    operation: O,
    input: RequestInputs[O],
  ): Promise<RequestOutputs[O]> {
    type Output = RequestOutputs[O];
    const params = this.withCapacity(operation, input as Record<string, any>);
    const explained = explainScope.getStore();
    if (explained) {
      explained.push({ operation, params });
      return emptyTableAnswer(operation, params) as Output;
    }
    const CommandClass = commands[operation] as unknown as new (input: any) => any;
    const started = performance.now();
    const retry = this.retryOf ? { retry: this.retryOf } : {};
    try {
      const output: any = await this.documentClient.send(new CommandClass(params));
      this.logger?.({
        operation,
        params,
        durationMs: performance.now() - started,
        retries: Math.max(0, (output.$metadata?.attempts ?? 1) - 1),
        ...retry,
        consumedCapacity: output.ConsumedCapacity,
      });
      return output as Output;
    } catch (error: any) {
      this.logger?.({
        operation,
        params,
        durationMs: performance.now() - started,
        retries: Math.max(0, (error?.$metadata?.attempts ?? 1) - 1),
        ...retry,
        error,
      });
      throw indexProjectionRefusal(error, params) ?? error;
    }
  }

  private withCapacity(operation: OperationName, params: Record<string, any>) {
    if (
      !this.returnConsumedCapacity ||
      operation === 'CreateTable' ||
      operation === 'DescribeTable'
    ) {
      return params;
    }
    return { ...params, ReturnConsumedCapacity: this.returnConsumedCapacity };
  }
}
