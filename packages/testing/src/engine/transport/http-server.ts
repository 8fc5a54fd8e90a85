import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JsonRequestAnswerer } from './sdk-request-handler';

/** A running HTTP endpoint serving the engine. */
export interface EngineServer {
  port: number;
  /** e.g. http://127.0.0.1:8000 — pass it as `endpoint` to any DynamoDB client. */
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Serves the engine over HTTP on `port` (0 picks a free port) so that any SDK or the AWS CLI
 * can connect. No request signing is checked.
 */
export function startHttpServer(answer: JsonRequestAnswerer, port = 0, host = '127.0.0.1'): Promise<EngineServer> {
  const server = createServer((request, response) => {
    void serve(answer, request, response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({
        port: address.port,
        endpoint: `http://${host}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function serve(answer: JsonRequestAnswerer, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST') {
      // DynamoDB answers a health check on GET /.
      response.writeHead(200, { 'content-type': 'text/plain' }).end('healthy: memory.local ');
      return;
    }
    const target = request.headers['x-amz-target'];
    const wire = answer(Array.isArray(target) ? target[0] : target, Buffer.concat(chunks).toString('utf8'));
    response.writeHead(wire.statusCode, wire.headers).end(wire.body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
}
