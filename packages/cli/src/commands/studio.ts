import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { InvalidArgumentError, type Command } from 'commander';
import { describeWhere, targetOf } from '../connect';
import { CliError } from '../errors';
import { loadModel } from '../load';
import { addConnectionOptions, type ConnectionOptions } from '../options/common-options';
import { DEFAULT_STUDIO_PORT, startStudio } from '../studio';

interface StudioCommandOptions extends ConnectionOptions {
  port: number;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) {
    throw new InvalidArgumentError('Expected a port from 0 to 65535 (0: any free port).');
  }
  return port;
}

async function studio(modules: string[], options: StudioCommandOptions): Promise<void> {
  const model = await loadModel({
    ...options,
    entities: [...modules, ...(options.entities ?? [])],
  });
  const client = new DynamoDBClient({
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.region ? { region: options.region } : {}),
  });
  const target = targetOf(model.tableName, options);
  const running = await startStudio({ model, client, port: options.port, target }).catch(
    (error: unknown) => {
      client.destroy();
      if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
      throw new CliError(
        `Port ${options.port} on 127.0.0.1 is in use: pass --port <another> (0 picks a free one)`,
      );
    },
  );
  const where = describeWhere(target);
  process.stdout.write(
    `monotable studio for table ${model.tableName} ${where}\n` +
      `Open ${running.url}\n` +
      '(the token in the URL is the only way in; it can write to the table. Ctrl+C stops it.)\n',
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  client.destroy();
}

export function registerStudio(program: Command): void {
  addConnectionOptions(
    program
      .command('studio')
      .argument('[entity-module...]', 'compiled JS modules exporting @Entity classes')
      .description(
        'serve a local page (127.0.0.1, token in the URL) showing the model, its access patterns and the live table, with queries and validated edits',
      ),
  )
    .option('-p, --port <port>', 'port on 127.0.0.1', portNumber, DEFAULT_STUDIO_PORT)
    .action((modules: string[], options: StudioCommandOptions) => studio(modules, options));
}
