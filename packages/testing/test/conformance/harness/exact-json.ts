import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HttpRequest, HttpResponse } from '@smithy/protocol-http';

type Middleware = (next: (args: any) => Promise<any>) => (args: any) => Promise<any>;
type Command = { middlewareStack: { add(middleware: Middleware, options: object): void } };

/**
 * Sends `input` written out as exactly this JSON (null members, members of the wrong type and
 * '__proto__' keys survive, which the SDK's serializer would drop or convert) and returns the
 * answer as the JSON it was: the SDK's parser would turn an attribute named '__proto__' into a
 * prototype. Errors are still raised by the SDK, as for any step, carrying the body as sent
 * (`rawErrorBody`).
 */
export async function sendExactJson(
  client: DynamoDBClient,
  command: Command,
  input: unknown,
): Promise<Record<string, any>> {
  const body = JSON.stringify(input);
  let answer = '';
  command.middlewareStack.add(
    (next) => (args: { request: HttpRequest }) => {
      args.request.body = body;
      args.request.headers['content-length'] = String(Buffer.byteLength(body));
      return next(args);
    },
    { step: 'build', name: 'exactJsonBody' },
  );
  // Below the SDK's deserializer: sees the bytes first and hands it a copy.
  command.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response as HttpResponse;
      const bytes = await readAll(response.body);
      answer = bytes.toString('utf8');
      response.body = new Uint8Array(bytes);
      return result;
    },
    { step: 'deserialize', priority: 'low', name: 'exactJsonAnswer' },
  );
  try {
    await client.send(command as never);
  } catch (error) {
    // The error body as sent: its __type and how it spells its message are compared too.
    if (error instanceof Error && answer !== '')
      Object.assign(error, { rawErrorBody: JSON.parse(answer) });
    throw error;
  }
  return JSON.parse(answer);
}

async function readAll(body: unknown): Promise<Buffer> {
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
