import { HttpRequest, HttpResponse } from '@smithy/protocol-http';
import { Readable } from 'node:stream';
import { withInternalErrorDetails, type WireResponse } from './wire-protocol';

/**
 * Answers a raw DynamoDB JSON request: the `x-amz-target` header and the body text. It may
 * answer later (a promise), e.g. once a write is on disk.
 */
export type JsonRequestAnswerer = (target: string | undefined, body: string) => WireResponse | Promise<WireResponse>;

/**
 * A request handler for the AWS SDK that serves requests from the engine instead of the
 * network. The SDK still serializes the request, parses the response and raises its own error
 * classes, so a test exercises the same code paths as production.
 */
export class EngineRequestHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };

  constructor(private readonly answer: JsonRequestAnswerer) {}

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const body = await readRequestBody(request.body);
    const wire = withInternalErrorDetails(await this.answer(headerValue(request.headers, 'x-amz-target'), body));
    const response = new HttpResponse({
      statusCode: wire.statusCode,
      headers: { ...wire.headers },
      body: Readable.from([Buffer.from(wire.body, 'utf8')]),
    });
    return { response };
  }

  updateHttpClientConfig(): void {
    // Nothing to configure: there is no connection.
  }

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {
    // Nothing to release.
  }
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

async function readRequestBody(body: unknown): Promise<string> {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  // Read the bytes through their buffer: the SDK's body may be a Uint8Array subclass whose
  // valueOf/toString are deprecated string shims.
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (body instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks).toString('utf8');
  }
  throw new TypeError('MemoryDynamoDB: unsupported request body type');
}
