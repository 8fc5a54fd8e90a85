/**
 * `requireAuth` / `monotable-local --require-auth`: only requests signed (SigV4) with a
 * configured access key are answered; others get DynamoDB's answers for a missing or unknown key.
 */
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { request } from 'node:http';
import { parseCliArguments } from '../../src/cli/parse-cli-arguments';
import { MemoryDynamoDB, type EngineServer } from '../../src/engine';

const clientFor = (server: EngineServer, accessKeyId: string) =>
  new DynamoDBClient({
    endpoint: server.endpoint,
    region: 'local',
    credentials: { accessKeyId, secretAccessKey: 'secret' },
    maxAttempts: 1,
  });

/** A POST without any Authorization header. */
function unsigned(server: EngineServer) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port: server.port, method: 'POST', headers: { 'x-amz-target': 'DynamoDB_20120810.ListTables', 'content-type': 'application/x-amz-json-1.0' } },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end('{}');
  });
}

describe('requireAuth', () => {
  let server: EngineServer;
  beforeAll(async () => {
    server = await new MemoryDynamoDB().listen(0, '127.0.0.1', { requireAuth: ['team-key', 'ci-key'] });
  });
  afterAll(() => server.close());

  it('answers requests signed with a configured access key', async () => {
    await expect(clientFor(server, 'team-key').send(new ListTablesCommand({}))).resolves.toMatchObject({ TableNames: [] });
    await expect(clientFor(server, 'ci-key').send(new ListTablesCommand({}))).resolves.toMatchObject({ TableNames: [] });
  });

  it('refuses a request signed with another key as DynamoDB refuses an unknown one', async () => {
    await expect(clientFor(server, 'stranger').send(new ListTablesCommand({}))).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('refuses a request without an Authorization header', async () => {
    const answer = await unsigned(server);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      __type: 'com.amazon.coral.service#MissingAuthenticationTokenException',
      message: 'Request is missing Authentication Token',
    });
  });

  it('checks nothing without requireAuth', async () => {
    const open = await new MemoryDynamoDB().listen(0);
    try {
      expect((await unsigned(open)).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('is a repeatable CLI flag', () => {
    expect(parseCliArguments(['--require-auth', 'a', '--require-auth', 'b']).requireAuth).toEqual(['a', 'b']);
    expect(() => parseCliArguments(['--require-auth', 'not a key'])).toThrow(/access key id/);
  });
});
