import type { ShopSettings } from './config';

const WHERE: Record<ShopSettings['backend'], (settings: ShopSettings) => string> = {
  memory: () => 'the in-process DynamoDB engine (data lives until the process exits)',
  endpoint: (settings) => `the DynamoDB at ${settings.endpoint}`,
  aws: (settings) => `Amazon DynamoDB${settings.region ? ` in ${settings.region}` : ''}`,
};

/** What `npm start` prints once the shop is listening: where it runs and what to try. */
export function banner(url: string, settings: ShopSettings, seeded: boolean): string {
  const json = `-H 'Content-Type: application/json'`;
  return [
    '',
    `monotable shop listening on ${url}`,
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
    '',
    'Stop with Ctrl+C.',
  ].join('\n');
}
