import { parseArgs } from 'node:util';

export interface CliOptions {
  port: number;
  host: string;
  persist?: string;
  help: boolean;
}

export const USAGE = `Usage: monotable-local [--port 8000] [--host 127.0.0.1] [--persist state.json]

Serves the in-process DynamoDB engine of @monotable/testing over HTTP.
  --port      port to listen on (0 picks a free one; default 8000)
  --host      interface to bind (default 127.0.0.1; 0.0.0.0 to accept remote clients)
  --persist   keep the tables in this file: loaded on start, and every write is on disk
              (fsync) before it is acknowledged, so even kill -9 loses no acknowledged write`;

/** Reads the command line; throws an Error with a readable message on bad input. */
export function parseCliArguments(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p', default: '8000' },
      host: { type: 'string', default: '127.0.0.1' },
      persist: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be an integer between 0 and 65535, got "${values.port}"`);
  }
  return { port, host: values.host!, persist: values.persist, help: Boolean(values.help) };
}
