import { parseArgs } from 'node:util';

export interface CliOptions {
  port: number;
  host: string;
  persist?: string;
  /** Access key ids requests must be signed with (SigV4 header present, key known). */
  requireAuth?: string[];
  help: boolean;
}

export const USAGE = `Usage: monotable-local [--port 8000] [--host 127.0.0.1] [--persist state.json] [--require-auth ACCESS_KEY_ID]

Serves the in-process DynamoDB engine of @monotable/testing over HTTP.
  --port      port to listen on (0 picks a free one; default 8000)
  --host      interface to bind (default 127.0.0.1; 0.0.0.0 to accept remote clients)
  --persist   keep the tables in this file: loaded on start, and every write is on disk
              (fsync) before it is acknowledged, so even kill -9 loses no acknowledged write
  --require-auth  answer only requests signed (SigV4) with this access key id, as DynamoDB
              answers others; repeat it for several keys. Signatures are not verified`;

/** Reads the command line; throws an Error with a readable message on bad input. */
export function parseCliArguments(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p', default: '8000' },
      host: { type: 'string', default: '127.0.0.1' },
      persist: { type: 'string' },
      'require-auth': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be an integer between 0 and 65535, got "${values.port}"`);
  }
  const requireAuth = values['require-auth'];
  if (requireAuth?.some((key) => !/^[\w-]{1,128}$/.test(key))) {
    throw new Error('--require-auth takes an access key id (letters, digits, _ and -)');
  }
  return { port, host: values.host!, persist: values.persist, requireAuth, help: Boolean(values.help) };
}
