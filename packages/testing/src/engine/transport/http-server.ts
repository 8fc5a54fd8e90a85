import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BODY_TOO_LARGE, readRequestBody } from './request-body';
import type { JsonRequestAnswerer } from './sdk-request-handler';
import { refuseUnauthenticated } from './require-auth';
import { resolveServerLimits, type HttpServerLimits } from './server-limits';
import { errorResponse, internalErrorResponse, type WireResponse } from './wire-protocol';
import { answerClientError } from './client-error';

/** A running HTTP endpoint serving the engine. */
export interface EngineServer {
  port: number;
  /** e.g. http://127.0.0.1:8000 — pass it as `endpoint` to any DynamoDB client. */
  endpoint: string;
  close(): Promise<void>;
}

export interface HttpServerOptions extends HttpServerLimits {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: only this machine can connect. */
  host?: string;
  /**
   * Access key ids a request's SigV4 Authorization header must name (others are answered like
   * DynamoDB answers an unknown key). Unset: no request signing is checked.
   */
  requireAuth?: readonly string[];
}

/**
 * Serves the engine over HTTP so that any SDK or the AWS CLI can connect. Request signatures are
 * not verified (with `requireAuth`, the access key a request names is). Bodies, header and request times are bounded (HttpServerLimits), and a 500 never
 * carries the error behind it: that goes to stderr.
 */
export function startHttpServer(answer: JsonRequestAnswerer, options: HttpServerOptions = {}): Promise<EngineServer> {
  const { port = 0, host = '127.0.0.1' } = options;
  const limits = resolveServerLimits(options);
  const accessKeyIds = options.requireAuth ? new Set(options.requireAuth) : undefined;
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node enforces both timeouts only when it checks its connections (every 30 s by default).
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (request, response) => {
      void serve(answer, limits.maxBodyBytes, request, response, accessKeyIds);
    },
  );
  server.on('clientError', answerClientError);
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

async function serve(
  answer: JsonRequestAnswerer,
  maxBodyBytes: number,
  request: IncomingMessage,
  response: ServerResponse,
  accessKeyIds: ReadonlySet<string> | undefined,
): Promise<void> {
  try {
    const body = await readRequestBody(request, maxBodyBytes);
    if (body === BODY_TOO_LARGE) {
      refuseTooLarge(response, maxBodyBytes);
      return;
    }
    if (request.method !== 'POST') {
      // DynamoDB answers a health check on GET /.
      response.writeHead(200, { 'content-type': 'text/plain' }).end('healthy: memory.local ');
      return;
    }
    const refusal = accessKeyIds && refuseUnauthenticated(request.headers, accessKeyIds);
    if (refusal) {
      send(response, refusal);
      return;
    }
    const target = request.headers['x-amz-target'];
    const wire = await answer(Array.isArray(target) ? target[0] : target, body);
    if (wire.internalError !== undefined) reportInternalError(wire.internalError);
    send(response, wire);
  } catch (error) {
    // A client that went away (or was timed out) mid-request has nobody left to answer.
    if (response.destroyed || !response.socket || response.socket.destroyed) return;
    reportInternalError(error);
    if (response.headersSent) response.destroy();
    else send(response, internalErrorResponse(error));
  }
}

function send(response: ServerResponse, wire: WireResponse): void {
  response.writeHead(wire.statusCode, wire.headers).end(wire.body);
}

/**
 * 413, then closing the connection: the rest of the body is never read, so the connection
 * cannot carry another request.
 */
function refuseTooLarge(response: ServerResponse, maxBodyBytes: number): void {
  const wire = errorResponse(
    413,
    'com.amazon.coral.service#RequestEntityTooLargeException',
    `Request body exceeds the limit of ${maxBodyBytes} bytes`,
  );
  response.writeHead(413, { ...wire.headers, connection: 'close' }).end(wire.body);
}

/** The server's operator sees the cause of a 500 (the client only gets "Internal server error"). */
function reportInternalError(error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`MemoryDynamoDB: internal error while answering a request: ${detail}\n`);
}
