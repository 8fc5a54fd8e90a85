import type { Monotable } from '@monotable/core';

/**
 * Where a connection points, for messages: `connection "default" (table shop at
 * http://127.0.0.1:8000)`, or the region when the client uses AWS's own endpoint.
 */
export async function connectionLabel(db: Monotable, connectionName: string): Promise<string> {
  return `connection "${connectionName}" (table ${db.tableName} at ${await whereTo(db)})`;
}

async function whereTo(db: Monotable): Promise<string> {
  const config = db.documentClient.config as {
    endpoint?: () => Promise<{ protocol: string; hostname: string; port?: number; path?: string }>;
    region?: () => Promise<string>;
  };
  try {
    const endpoint = await config.endpoint?.();
    if (endpoint) {
      const port = endpoint.port ? `:${endpoint.port}` : '';
      const path = endpoint.path && endpoint.path !== '/' ? endpoint.path : '';
      return `${endpoint.protocol}//${endpoint.hostname}${port}${path}`;
    }
    const region = await config.region?.();
    return region ? `DynamoDB in ${region}` : 'DynamoDB (no region configured)';
  } catch (error) {
    return `an endpoint the client cannot resolve (${(error as Error).message})`;
  }
}
