import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { startDynamoDBLocal } from './start-dynamodb-local';

/** Processes whose command line mentions `-port <port>`, with their state (Z = zombie). */
function processesOnPort(port: number): string[] {
  const lines = execFileSync('ps', ['-eo', 'stat=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes('DynamoDBLocal') && line.includes(`-port ${port}`));
}

/** Children of this process that have exited but were never reaped. */
function zombieChildren(): string[] {
  const lines = execFileSync('ps', ['-eo', 'ppid=,stat=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => {
    const [ppid, stat] = line.trim().split(/\s+/);
    return Number(ppid) === process.pid && stat?.startsWith('Z');
  });
}

/** A `java` that passes the version check, then runs `body` instead of DynamoDB Local. */
function scriptedJava(body: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'scripted-java-')), 'java');
  writeFileSync(
    path,
    `#!/bin/sh\nif [ "$1" = "-version" ]; then echo 'openjdk version "17.0.1"' >&2; exit 0; fi\n${body}\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

describe('startDynamoDBLocal', () => {
  test('serves requests on a free port and leaves no process behind after stop', async () => {
    const [first, second] = await Promise.all([startDynamoDBLocal(), startDynamoDBLocal()]);
    try {
      expect(first.port).not.toBe(second.port);
      expect(first.endpoint).toBe(`http://127.0.0.1:${first.port}`);
      const client = first.createClient();
      await client.send(
        new CreateTableCommand({
          TableName: 'launcher',
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual(['launcher']);
      expect((await second.createClient().send(new ListTablesCommand({}))).TableNames).toEqual([]);
      client.destroy();
      expect(processesOnPort(first.port)).toHaveLength(1);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
    expect(processesOnPort(first.port)).toEqual([]);
    expect(processesOnPort(second.port)).toEqual([]);
    expect(zombieChildren()).toEqual([]);
    await first.stop();
  }, 60_000);

  test('a process that exits during startup is reported with its output', async () => {
    const java = scriptedJava('echo "Error: Unable to access jarfile" >&2; exit 3');
    await expect(startDynamoDBLocal({ javaPath: java })).rejects.toThrow(
      expect.objectContaining({
        code: 'STARTUP_FAILED',
        message: expect.stringMatching(/code 3[\s\S]*Unable to access jarfile/),
      }),
    );
  });

  test('a process that never answers times out, is killed, and its output is shown', async () => {
    const java = scriptedJava('echo "still warming up" >&2; exec sleep 30');
    await expect(startDynamoDBLocal({ javaPath: java, startupTimeoutMs: 500 })).rejects.toThrow(
      expect.objectContaining({
        code: 'STARTUP_TIMEOUT',
        message: expect.stringContaining('still warming up'),
      }),
    );
  });
});
