import type { EngineClock } from './clock';
import type { FaultInjector } from './faults';
import type { Database } from './state/database';
import type { TransactionTokens } from './state/transaction-tokens';

/** What every operation handler can use. */
export interface OperationContext {
  database: Database;
  clock: EngineClock;
  faults: FaultInjector;
  transactionTokens: TransactionTokens;
}

/** The JSON output of an operation (binary values as bytes; encoded to base64 on the way out). */
export type OperationOutput = Record<string, unknown>;

/**
 * One DynamoDB operation: validated input in, output out. Handlers are synchronous, which makes
 * every request atomic with respect to the others (no interleaving inside a transaction).
 */
export type OperationHandler<Input = any> = (input: Input, context: OperationContext) => OperationOutput;
