import type { AddressInfo } from 'node:net';
import type { ShopSettings } from './config';

const WHERE: Record<ShopSettings['backend'], (settings: ShopSettings) => string> = {
  memory: () => 'the in-process DynamoDB engine (data lives until the process exits)',
  endpoint: (settings) => `the DynamoDB at ${settings.endpoint}`,
  aws: (settings) => `Amazon DynamoDB${settings.region ? ` in ${settings.region}` : ''}`,
};

/** Addresses that accept connections on every interface of the machine. */
const EVERY_INTERFACE = new Set(['0.0.0.0', '::']);

/**
 * The URL of the address the server is bound to, as `server.address()` reports it (not as
 * HOST asked for it: `localhost` may resolve to ::1).
 *
 * @example listeningUrl({ address: '::1', family: 'IPv6', port: 3000 }) // 'http://[::1]:3000'
 */
export function listeningUrl({ address, family, port }: AddressInfo): string {
  return `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;
}

/** Who can reach the shop, given the address it is bound to. */
function reach({ address }: AddressInfo): string {
  if (EVERY_INTERFACE.has(address)) return 'reachable on every interface of this machine';
  if (address === '::1' || address.startsWith('127.')) {
    return 'reachable from this machine only (HOST=0.0.0.0 listens on every interface)';
  }
  return `reachable on ${address} only`;
}

/** What `npm start` prints once the shop is listening: where it runs and what to try. */
export function banner(address: AddressInfo, settings: ShopSettings, seeded: boolean): string {
  const url = listeningUrl(address);
  const json = `-H 'Content-Type: application/json'`;
  return [
    '',
    `monotable shop listening on ${url}`,
    `  ${reach(address)}`,
    `  table '${settings.tableName}' on ${WHERE[settings.backend](settings)}${seeded ? ', seeded with demo data' : ''}`,
    '',
    'Try (every response reports its DynamoDB requests in X-DynamoDB-Requests; add -i to see it):',
    `  curl '${url}/customers/ada?include=addresses,orders'`,
    `  curl '${url}/customers/ada/orders?limit=2'`,
    `  curl '${url}/customers/ada/orders?status=paid'`,
    `  curl '${url}/products?category=tools'`,
    `  curl '${url}/products/hammer/orders'`,
    `  curl -X POST ${url}/customers/ada/orders ${json} -d '{"lines":[{"sku":"gloves","quantity":1}]}'`,
    `  curl -X PATCH ${url}/customers/ada ${json} -H 'If-Match: "1"' -d '{"name":"Ada King"}'`,
    `  curl '${url}/health'`,
    '',
    `API documentation (OpenAPI): ${url}/docs`,
    '',
    'Stop with Ctrl+C.',
  ].join('\n');
}
