#!/usr/bin/env node
import { MemoryDynamoDB } from '../engine';
import { startHttpServer } from '../engine/transport';
import { parseCliArguments, USAGE, type CliOptions } from './parse-cli-arguments';
import { DebouncedSaver, loadStateFile, saveStateFile, STATE_CHANGING_OPERATIONS } from './state-file';

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
  if (statePath) {
    const snapshot = loadStateFile(statePath);
    if (snapshot) engine.restore(snapshot);
  }
  const saver = statePath ? new DebouncedSaver(() => saveStateFile(statePath, engine.snapshot())) : undefined;

  const server = await startHttpServer(
    (target, body) => {
      const response = engine.answer(target, body);
      const operation = target?.split('.')[1];
      if (saver && response.statusCode === 200 && operation && STATE_CHANGING_OPERATIONS.has(operation)) saver.schedule();
      return response;
    },
    options.port,
    options.host,
  );
  process.stdout.write(`monotable-local listening on ${server.endpoint}${statePath ? ` (persisting to ${statePath})` : ''}\n`);

  const shutdown = async () => {
    saver?.flush();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

void main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`monotable-local: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
