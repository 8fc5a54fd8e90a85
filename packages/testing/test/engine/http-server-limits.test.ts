import { request } from 'node:http';
import { connect } from 'node:net';
import { MemoryDynamoDB, type EngineServer, type HttpServerLimits } from '../../src/engine';
import { startHttpServer } from '../../src/engine/transport';

const LIST_TABLES = 'DynamoDB_20120810.ListTables';

/** POSTs `body` with node:http (Content-Length, or chunked in 64 KiB pieces); status and body text. */
function post(server: EngineServer, target: string, body: Buffer | string, mode: 'content-length' | 'chunked' = 'content-length') {
  const bytes = Buffer.from(body);
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const headers = { 'x-amz-target': target, ...(mode === 'content-length' ? { 'content-length': bytes.length } : {}) };
    const outgoing = request({ host: '127.0.0.1', port: server.port, method: 'POST', headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, text }));
    });
    // The server may close before taking the whole body; the answer it sent first is what counts.
    outgoing.on('error', (error) => setTimeout(() => reject(error), 1000));
    if (mode === 'content-length') outgoing.end(bytes);
    else {
      for (let offset = 0; offset < bytes.length; offset += 65536) outgoing.write(bytes.subarray(offset, offset + 65536));
      outgoing.end();
    }
  });
}

/** Opens a raw connection, sends `data` and never more; resolves with what came back and when the server closed it. */
function sendAndStall(server: EngineServer, data: string, giveUpAfterMs: number) {
  const started = Date.now();
  return new Promise<{ closedAfterMs: number | undefined; received: string }>((resolve) => {
    let received = '';
    const socket = connect(server.port, '127.0.0.1', () => socket.write(data));
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ closedAfterMs: undefined, received });
    }, giveUpAfterMs);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ closedAfterMs: Date.now() - started, received });
    });
  });
}

describe('MemoryDynamoDB over HTTP, against hostile requests', () => {
  let engine: MemoryDynamoDB;
  let server: EngineServer;
  const listen = async (limits: HttpServerLimits = {}) => {
    engine = new MemoryDynamoDB();
    server = await engine.listen(0, '127.0.0.1', limits);
  };
  afterEach(() => server.close());

  it('answers 413 to a body over 16 MiB, from its Content-Length, and goes on serving', async () => {
    await listen();
    const response = await post(server, LIST_TABLES, Buffer.alloc(16 * 1024 * 1024 + 1, ' '));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toEqual({
      __type: 'com.amazon.coral.service#RequestEntityTooLargeException',
      message: 'Request body exceeds the limit of 16777216 bytes',
    });
    expect(await post(server, LIST_TABLES, '{}')).toEqual({ status: 200, text: '{"TableNames":[]}' });
  });

  it('answers 413 to a chunked body once it passes maxBodyBytes, and serves one just under it', async () => {
    await listen({ maxBodyBytes: 1024 });
    const response = await post(server, LIST_TABLES, Buffer.alloc(1024 * 1024, ' '), 'chunked');
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text).message).toBe('Request body exceeds the limit of 1024 bytes');
    expect((await post(server, LIST_TABLES, `{}${' '.repeat(1022)}`, 'chunked')).status).toBe(200);
  });

  it('closes a connection whose headers or body never finish (408), after the configured timeouts', async () => {
    await listen({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const [silent, headers, body] = await Promise.all([
      sendAndStall(server, '', 5000),
      sendAndStall(server, `POST / HTTP/1.1\r\nHost: x\r\nx-amz-target: ${LIST_TABLES}\r\n`, 5000),
      sendAndStall(server, `POST / HTTP/1.1\r\nHost: x\r\nx-amz-target: ${LIST_TABLES}\r\nContent-Length: 100\r\n\r\n{`, 5000),
    ]);
    for (const stalled of [silent, headers, body]) {
      expect(stalled.received).toMatch(/^HTTP\/1\.1 408 /);
      // Answered like every other error: a JSON body with DynamoDB's __type and message.
      const [, answer] = stalled.received.split('\r\n\r\n');
      expect(JSON.parse(answer)).toEqual({
        __type: 'com.amazon.coral.service#RequestTimeoutException',
        message: 'The request was not received in full within the time allowed',
      });
      expect(stalled.closedAfterMs).toBeLessThan(2000);
    }
    expect(body.closedAfterMs).toBeGreaterThanOrEqual(350);
  });

  it('answers what is not HTTP with a 400 JSON error and closes the connection', async () => {
    await listen();
    const garbage = await sendAndStall(server, 'NOT HTTP AT ALL\r\n\r\n', 5000);
    expect(garbage.received).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(garbage.received.split('\r\n\r\n')[1])).toEqual({
      __type: 'com.amazon.coral.service#SerializationException',
      Message: 'The request is not valid HTTP',
    });
    expect(garbage.closedAfterMs).toBeLessThan(2000);
  });

  it('answers JSON nested 50,000 levels deep with a ValidationException, not a crash', async () => {
    await listen();
    const depth = 50_000;
    const item = `{"PK":${'{"M":{"a":'.repeat(depth)}{"S":"x"}${'}}'.repeat(depth)}}`;
    const nestedItem = await post(server, 'DynamoDB_20120810.PutItem', `{"TableName":"t","Item":${item}}`);
    const nestedArrays = await post(server, 'DynamoDB_20120810.PutItem', `{"TableName":"t","Item":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    for (const response of [nestedItem, nestedArrays]) {
      expect(response.status).toBe(400);
      expect(JSON.parse(response.text)).toEqual({
        __type: 'com.amazon.coral.validate#ValidationException',
        Message: 'Nesting Levels have exceeded supported limits: the request nests more than 100 levels deep',
      });
    }
    expect((await post(server, LIST_TABLES, '{}')).status).toBe(200);
  });

  it('answers an internal error with a bare InternalServerError, and tells only stderr the cause', async () => {
    await listen();
    jest.spyOn(engine.clock, 'nowMs').mockImplementation(() => {
      throw new TypeError(`clock broke in ${__filename}`);
    });
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const response = await post(server, LIST_TABLES, '{}');
      expect(response.status).toBe(500);
      expect(JSON.parse(response.text)).toEqual({
        __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
        message: 'Internal server error',
      });
      expect(response.text).not.toContain(__dirname);
      expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toContain(`TypeError: clock broke in ${__filename}`);
    } finally {
      stderr.mockRestore();
    }
  });

  it('answers a failure of the request handler itself the same way', async () => {
    server = await startHttpServer(() => {
      throw new Error(`cannot write ${__filename}`);
    });
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const response = await post(server, LIST_TABLES, '{}');
      expect({ status: response.status, body: JSON.parse(response.text) }).toEqual({
        status: 500,
        body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' },
      });
      expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toContain(`Error: cannot write ${__filename}`);
    } finally {
      stderr.mockRestore();
    }
  });
});
