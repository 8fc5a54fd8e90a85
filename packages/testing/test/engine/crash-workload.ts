import {
  CreateTableCommand,
  DeleteItemCommand,
  PutItemCommand,
  ScanCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { RunningCli } from './cli-test-kit';

/*
 * A write workload for crash tests of monotable-local --persist: writers record what was
 * acknowledged, the server is killed mid-flight, and after a restart `findLosses` lists every
 * acknowledged write that did not survive. Shared by the jest test and the hand-run soak script.
 */

export const CONCURRENT_WRITERS = 50;
const TABLE = 'crash';

/** What the clients were told was written, across all runs. */
export interface Ledger {
  /** Acknowledged puts (not deleted since): key → the value written. */
  present: Map<string, string>;
  /** Keys whose DeleteItem was acknowledged. */
  deleted: Set<string>;
  /** Per counter item: increments acknowledged, and increments sent (some may have landed unacknowledged). */
  counters: Map<string, { acknowledged: number; sent: number }>;
}

export interface RunResult {
  acknowledged: number;
  /** Errors before the kill: there should be none. */
  unexpected: unknown[];
  /** Writes sent but never answered: proof that the kill hit writes in flight. */
  unanswered: number;
}

/**
 * 50 concurrent writers (PutItem, and UpdateItem ADD on a counter of their own) and one
 * sequential writer (PutItem, and DeleteItem of its earlier keys). Once `killAfter` writes are
 * acknowledged the server gets SIGKILL; every writer goes on until a request of its fails.
 */
export async function writeUntilKilled(cli: RunningCli, client: DynamoDBClient, ledger: Ledger, run: number, killAfter: number): Promise<RunResult> {
  let acknowledged = 0;
  let unanswered = 0;
  let killed = false;
  const unexpected: unknown[] = [];
  const exited = new Promise((resolve) => cli.child.once('exit', resolve));
  const send = async (write: () => Promise<unknown>, onAcknowledged: () => void) => {
    try {
      await write();
    } catch (error) {
      // After the kill every request fails (connection reset or refused); before it, none may.
      if (!killed) unexpected.push(error);
      unanswered += 1;
      return false;
    }
    onAcknowledged();
    acknowledged += 1;
    if (acknowledged >= killAfter && !killed) {
      killed = true;
      cli.child.kill('SIGKILL');
    }
    return true;
  };

  const concurrentWriter = async (writer: number) => {
    const counter = `counter-${writer}`;
    for (let n = 0; ; n++) {
      if (n % 4 === 3) {
        const tally = ledger.counters.get(counter) ?? { acknowledged: 0, sent: 0 };
        ledger.counters.set(counter, tally);
        tally.sent += 1;
        const update = new UpdateItemCommand({
          TableName: TABLE,
          Key: { PK: { S: counter } },
          UpdateExpression: 'ADD n :one',
          ExpressionAttributeValues: { ':one': { N: '1' } },
        });
        if (!(await send(() => client.send(update), () => (tally.acknowledged += 1)))) return;
      } else {
        const key = `run${run}-writer${writer}-${n}`;
        const value = `value of ${key}`;
        const put = new PutItemCommand({ TableName: TABLE, Item: { PK: { S: key }, v: { S: value } } });
        if (!(await send(() => client.send(put), () => ledger.present.set(key, value)))) return;
      }
    }
  };

  const sequentialWriter = async () => {
    const mine: string[] = [];
    for (let n = 0; ; n++) {
      if (n % 3 === 2 && mine.length > 0) {
        const key = mine.shift()!;
        // Whether an unacknowledged delete landed is unknown: the key leaves the ledger now.
        ledger.present.delete(key);
        const command = new DeleteItemCommand({ TableName: TABLE, Key: { PK: { S: key } } });
        if (!(await send(() => client.send(command), () => ledger.deleted.add(key)))) return;
      } else {
        const key = `run${run}-sequential-${n}`;
        const value = `value of ${key}`;
        const put = new PutItemCommand({ TableName: TABLE, Item: { PK: { S: key }, v: { S: value } } });
        const remember = () => {
          ledger.present.set(key, value);
          mine.push(key);
        };
        if (!(await send(() => client.send(put), remember))) return;
      }
    }
  };

  await Promise.all([sequentialWriter(), ...Array.from({ length: CONCURRENT_WRITERS }, (_, writer) => concurrentWriter(writer))]);
  await exited;
  return { acknowledged, unanswered, unexpected };
}

export async function scanAll(client: DynamoDBClient): Promise<Map<string, Record<string, AttributeValue>>> {
  const items = new Map<string, Record<string, AttributeValue>>();
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: TABLE, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) items.set(item.PK.S!, item);
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

export function newLedger(): Ledger {
  return { present: new Map(), deleted: new Set(), counters: new Map() };
}

export async function createCrashTable(client: DynamoDBClient): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }],
    }),
  );
}

/** Every way the restarted server disagrees with what was acknowledged. */
export function findLosses(ledger: Ledger, stored: Map<string, Record<string, AttributeValue>>): string[] {
  const losses: string[] = [];
  for (const [key, value] of ledger.present) {
    if (stored.get(key)?.v?.S !== value) losses.push(`acknowledged PutItem of ${key} is missing`);
  }
  for (const key of ledger.deleted) {
    if (stored.has(key)) losses.push(`acknowledged DeleteItem of ${key} was undone`);
  }
  for (const [counter, { acknowledged, sent }] of ledger.counters) {
    const n = Number(stored.get(counter)?.n?.N ?? 0);
    if (n < acknowledged || n > sent) losses.push(`${counter} is ${n}, expected ${acknowledged}..${sent}`);
  }
  return losses;
}

