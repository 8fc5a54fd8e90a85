import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { Monotable } from '@monotable/core';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getMonotableToken } from '../common';
import { DEFAULT_CONNECTION_NAME } from '../monotable.constants';

/** Options of `pingCheck`. */
export interface MonotablePingCheckOptions {
  /** The connection to check; `'default'` when omitted. */
  connection?: string;
  /** Milliseconds to wait for DescribeTable before reporting the table down (default 1000). */
  timeout?: number;
}

/** A terminus health indicator result: `{ [key]: { status, ...details } }`. */
export type MonotableHealthResult<Key extends string> = Record<
  Key,
  { status: 'up' | 'down'; [detail: string]: unknown }
>;

const DEFAULT_TIMEOUT_MS = 1000;

/**
 * A health indicator for `@nestjs/terminus`: `pingCheck` describes the connection's table and
 * reports it `up` when it is ACTIVE (with its status and item count estimate), `down` with the
 * reason otherwise: missing table, unreachable endpoint, timeout, missing permission. It returns
 * terminus' result shape without importing terminus, so it works with terminus 10 and 11.
 *
 * @example
 * @Get('health') @HealthCheck()
 * check() { return this.health.check([() => this.monotable.pingCheck('dynamodb')]); }
 */
@Injectable()
export class MonotableHealthIndicator {
  constructor(private readonly moduleRef: ModuleRef) {}

  async pingCheck<Key extends string>(
    key: Key,
    options: MonotablePingCheckOptions = {},
  ): Promise<MonotableHealthResult<Key>> {
    const connection = options.connection ?? DEFAULT_CONNECTION_NAME;
    const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    const result = (details: { status: 'up' | 'down'; [detail: string]: unknown }) =>
      ({ [key]: details }) as MonotableHealthResult<Key>;
    let db: Monotable;
    try {
      db = this.moduleRef.get<Monotable>(getMonotableToken(connection), { strict: false });
    } catch {
      return result({ status: 'down', connection, message: `No monotable connection named "${connection}"` });
    }
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeout);
    try {
      const { Table } = await db.documentClient.send(new DescribeTableCommand({ TableName: db.tableName }), {
        abortSignal: abort.signal,
      });
      const status = Table?.TableStatus ?? 'UNKNOWN';
      return result({ status: status === 'ACTIVE' ? 'up' : 'down', table: db.tableName, tableStatus: status });
    } catch (error) {
      const message = abort.signal.aborted
        ? `DescribeTable did not answer within ${timeout} ms`
        : `${(error as Error).name}: ${(error as Error).message}`;
      return result({ status: 'down', table: db.tableName, message });
    } finally {
      clearTimeout(timer);
    }
  }
}
