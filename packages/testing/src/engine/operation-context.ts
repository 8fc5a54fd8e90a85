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
 * One DynamoDB operation, in the two steps DynamoDB takes. `check` refuses an invalid request
 * from the request alone: it sees no table, so a request naming a missing table is refused for
 * what is wrong with it before the table is found missing. `run` looks up the tables, makes the
 * checks that need their definitions and executes. Both are synchronous, which makes every
 * request atomic with respect to the others (no interleaving inside a transaction).
 */
export interface Operation<Input = any, Checked = any> {
  check(input: Input): Checked;
  run(checked: Checked, context: OperationContext): OperationOutput;
}
