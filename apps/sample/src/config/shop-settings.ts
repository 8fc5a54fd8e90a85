import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { LogLevel } from '@nestjs/common';

/**
 * Where the shop's table lives:
 * - `memory`: the in-process engine of @monotable/testing (no Java, no AWS account);
 * - `endpoint`: a DynamoDB at DYNAMODB_ENDPOINT (DynamoDB Local, `monotable-local`);
 * - `aws`: Amazon DynamoDB with the usual AWS configuration (AWS_REGION, AWS_PROFILE, ...).
 */
export type ShopBackend = 'memory' | 'endpoint' | 'aws';

export interface ShopSettings {
  backend: ShopBackend;
  endpoint?: string;
  region?: string;
  tableName: string;
  /** The address the HTTP server binds: loopback unless HOST says otherwise. */
  host: string;
  port: number;
  /** Write the demo data at start (skipped when it is already there). */
  seed: boolean;
  /** Signs pagination cursors. */
  cursorSecret: string;
  logLevels: LogLevel[];
}

const BACKENDS: readonly ShopBackend[] = ['memory', 'endpoint', 'aws'];
const QUIET: LogLevel[] = ['fatal', 'error', 'warn', 'log'];

function fail(problem: string): never {
  throw new Error(`Invalid configuration: ${problem}`);
}

function readBackend(env: NodeJS.ProcessEnv): ShopBackend {
  const value = env.DYNAMODB_BACKEND?.trim().toLowerCase();
  if (!value) return env.DYNAMODB_ENDPOINT ? 'endpoint' : 'memory';
  if (!BACKENDS.includes(value as ShopBackend)) {
    fail(`DYNAMODB_BACKEND is '${env.DYNAMODB_BACKEND}'; use memory, endpoint or aws`);
  }
  if (value === 'endpoint' && !env.DYNAMODB_ENDPOINT) {
    fail('DYNAMODB_BACKEND=endpoint needs DYNAMODB_ENDPOINT, e.g. http://localhost:8000');
  }
  return value as ShopBackend;
}

/** An IP address or a host name; the default keeps the shop reachable from this machine only. */
function readHost(value: string | undefined): string {
  const host = value?.trim();
  if (!host) return '127.0.0.1';
  if (isIP(host) || /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(host)) return host;
  return fail(`HOST is '${value}'; use an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0`);
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT is '${value}'; use 0–65535`);
  return port;
}

function readFlag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  return fail(`${name} is '${value}'; use true or false`);
}

/**
 * The shop's settings from environment variables; every one has a default, so `npm start`
 * needs none.
 *
 * @example readShopSettings({ DYNAMODB_ENDPOINT: 'http://localhost:8000' }).backend // 'endpoint'
 */
export function readShopSettings(env: NodeJS.ProcessEnv = process.env): ShopSettings {
  const backend = readBackend(env);
  return {
    backend,
    endpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
    tableName: env.TABLE_NAME || 'monotable-shop',
    host: readHost(env.HOST),
    port: readPort(env.PORT),
    seed: readFlag('SEED', env.SEED, backend === 'memory'),
    // A random secret still works for one process; several instances must share one.
    cursorSecret: env.CURSOR_SECRET || randomBytes(32).toString('hex'),
    logLevels: readFlag('LOG_DEBUG', env.LOG_DEBUG, false) ? [...QUIET, 'debug'] : QUIET,
  };
}
