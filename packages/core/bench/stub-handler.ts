import { Readable } from 'node:stream';
import { HttpResponse, type HttpRequest } from '@smithy/protocol-http';

/**
 * A request handler that answers every DynamoDB call with a canned JSON body, so the whole SDK
 * pipeline (middleware, serialization, parsing) runs and only library overhead differs.
 */
export function stubHandler(responses: Record<string, unknown>) {
  const bodies = new Map(
    Object.entries(responses).map(([op, body]) => [op, Buffer.from(JSON.stringify(body))]),
  );
  return {
    async handle(request: HttpRequest) {
      const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1];
      const body = bodies.get(operation) ?? Buffer.from('{}');
      return {
        response: new HttpResponse({
          statusCode: 200,
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            'content-length': String(body.length),
          },
          body: Readable.from([body]),
        }),
      };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs() {
      return {};
    },
  };
}
