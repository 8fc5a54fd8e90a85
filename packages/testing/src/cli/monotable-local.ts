#!/usr/bin/env node
import { MemoryDynamoDB } from '../engine';
import { startHttpServer } from '../engine/transport';
import { parseCliArguments, USAGE, type CliOptions } from './parse-cli-arguments';
import { PersistedState } from './persisted-state';
import { StateFileError } from './state-file';

/**
 * monotable-local: a DynamoDB endpoint without Java. Serves the in-process engine over HTTP,
 * optionally persisting its tables to a file between runs.
 */
async function main(argv: string[]): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArguments(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  const engine = new MemoryDynamoDB({ recordRequests: false });
  const statePath = options.persist;
  let persisted: PersistedState | undefined;
  if (statePath) {
    try {
      persisted = PersistedState.open(statePath, engine, (error) => {
        // Writes already answered in memory can no longer reach the disk: stop before any of
        // them is acknowledged.
        fail(`cannot write ${statePath} (${error.message}); stopping so that no write is acknowledged without being saved`);
      });
    } catch (error) {
      if (error instanceof StateFileError) return fail(error.message);
      throw error;
    }
  }

  const server = await startHttpServer(
    (target, body) => (persisted ? persisted.answer(target, body) : engine.answer(target, body)),
    { port: options.port, host: options.host, requireAuth: options.requireAuth },
  );
  process.stdout.write(`monotable-local listening on ${server.endpoint}${statePath ? ` (persisting to ${statePath})` : ''}\n`);

  const shutdown = async () => {
    await server.close();
    await persisted?.close();
    process.exit(0);
  };
  const onSignal = () => void shutdown().catch((error: unknown) => fail(`could not shut down cleanly (${messageOf(error)})`));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

/** One line on stderr, exit code 1: a user reads this, not a stack trace. */
function fail(message: string): never {
  process.stderr.write(`monotable-local: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

void main(process.argv.slice(2)).catch((error: unknown) => fail(messageOf(error)));
