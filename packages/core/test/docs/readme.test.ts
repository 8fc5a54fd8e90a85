import { join } from 'node:path';
import { MemoryDynamoDB } from '@monotable/testing';
import { extractExamples } from './extract-examples';

/** The README's example, run as written against the in-process engine served over HTTP. */
describe('README example', () => {
  const engine = new MemoryDynamoDB();
  let server: { endpoint: string; close(): Promise<void> };
  const saved = { ...process.env };

  beforeAll(async () => {
    server = await engine.listen(0);
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_DYNAMODB: server.endpoint,
      AWS_REGION: 'local',
      AWS_ACCESS_KEY_ID: 'readme',
      AWS_SECRET_ACCESS_KEY: 'readme',
    });
  });
  afterAll(async () => {
    process.env = saved;
    await server.close();
  });

  test('runs and stores what it says', async () => {
    const [file] = extractExamples(
      join(__dirname, '../../../../README.md'),
      join(__dirname, '.generated'),
    );
    const logged: unknown[] = [];
    const log = jest
      .spyOn(console, 'log')
      .mockImplementation((value: unknown) => void logged.push(value));
    try {
      const example = await import(file);
      await example.run();
    } finally {
      log.mockRestore();
    }
    expect(logged[0]).toMatchObject({ email: 'alice@example.com', points: 10, version: 2 });
    expect(engine.requests.map((r: { operation: string }) => r.operation)).toEqual([
      'CreateTable',
      'PutItem',
      'UpdateItem',
      'GetItem',
    ]);
  });
});
