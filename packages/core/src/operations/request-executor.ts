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
} as const;

export type OperationName = keyof typeof commands;

/** One DynamoDB request as monotable would send it (DocumentClient-native values). */
export interface DynamoRequest {
  operation: OperationName;
  params: Record<string, any>;
}

/** What the `logger` option receives after every request. */
export interface RequestLogEvent extends DynamoRequest {
  durationMs: number;
  /** Retries the SDK made for this request (attempts - 1). */
  retries: number;
  consumedCapacity?: ConsumedCapacity | ConsumedCapacity[];
  error?: unknown;
}

export type MonotableLogger = (event: RequestLogEvent) => void;

/** Thrown inside `explain` to stop an operation at its first request; never escapes `explain`. */
class ExplainStop {
  constructor(readonly request: DynamoRequest) {}
}

const explainScope = new AsyncLocalStorage<true>();

/**
 * Runs `fn` without sending anything and returns the first request it would have sent.
 * Validation and key rendering still run, so invalid input still throws.
 */
export async function explainFirstRequest(fn: () => Promise<unknown>): Promise<DynamoRequest> {
  try {
    await explainScope.run(true, fn);
  } catch (error) {
    if (error instanceof ExplainStop) return error.request;
    throw error;
  }
  throw new Error('explain: the operation sent no request');
}

/** Sends requests through the DocumentClient, timing and logging each one. */
export class RequestExecutor {
  constructor(
    readonly documentClient: DynamoDBDocumentClient,
    private readonly logger?: MonotableLogger,
    private readonly returnConsumedCapacity?: 'TOTAL' | 'INDEXES',
  ) {}

  async send<Output = any>(operation: OperationName, input: Record<string, any>): Promise<Output> {
    const params = this.withCapacity(operation, input);
    if (explainScope.getStore()) throw new ExplainStop({ operation, params });
    const CommandClass = commands[operation] as unknown as new (input: any) => any;
    const started = performance.now();
    try {
      const output: any = await this.documentClient.send(new CommandClass(params));
      this.logger?.({
        operation,
        params,
        durationMs: performance.now() - started,
        retries: Math.max(0, (output.$metadata?.attempts ?? 1) - 1),
        consumedCapacity: output.ConsumedCapacity,
      });
      return output as Output;
    } catch (error: any) {
      this.logger?.({
        operation,
        params,
        durationMs: performance.now() - started,
        retries: Math.max(0, (error?.$metadata?.attempts ?? 1) - 1),
        error,
      });
      throw error;
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
