/**
 * A DynamoDBClient whose request handler returns fixed response bodies without any engine: the
 * SDK's own cost per call (middleware, signing, serialization, parsing), the floor under every
 * figure measured through the SDK.
 */
import { Readable } from 'node:stream';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { HttpResponse, type HttpRequest } from '@smithy/protocol-http';
import { PAYLOAD, QUERY_PAGE } from './sdk-workload';

const item = (pk: string, sk: string) => ({ pk: { S: pk }, sk: { S: sk }, n: { N: '1' }, payload: { S: PAYLOAD } });

const BODIES: Record<string, Buffer> = Object.fromEntries(
  Object.entries({
    PutItem: {},
    GetItem: { Item: item('G#1', 'ITEM') },
    Query: {
      Items: Array.from({ length: QUERY_PAGE }, (_, row) => item('Q#1', `ROW#${row}`)),
      Count: QUERY_PAGE,
      ScannedCount: QUERY_PAGE,
    },
  }).map(([operation, body]) => [operation, Buffer.from(JSON.stringify(body))]),
);

const cannedHandler = {
  metadata: { handlerProtocol: 'http/1.1' },
  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1];
    const body = BODIES[operation];
    if (!body) throw new Error(`no canned response for ${operation}`);
    return {
      response: new HttpResponse({
        statusCode: 200,
        headers: { 'content-type': 'application/x-amz-json-1.0' },
        body: Readable.from([body]),
      }),
    };
  },
  updateHttpClientConfig(): void {},
  httpHandlerConfigs(): Record<string, never> {
    return {};
  },
  destroy(): void {},
};

export function createCannedClient(): DynamoDBClient {
  return new DynamoDBClient({
    region: 'local',
    endpoint: 'http://canned.local',
    credentials: { accessKeyId: 'canned', secretAccessKey: 'canned' },
    requestHandler: cannedHandler,
  });
}
