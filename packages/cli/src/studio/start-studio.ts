import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Target } from '../connect';
import { buildModel, type Model } from '../load';
import { createAccessToken, requestToken, tokenMatches } from './access-token';
import { errorResponse } from './error-response';
import { sendJson, sendText } from './http-io';
import { API_ROUTES } from './routes';
import { assetsDirectory, readAsset } from './static-assets';
import { createStudioContext, type StudioContext } from './studio-context';

/** The studio's one address: it can write to a real table, so it never listens beyond this machine. */
export const STUDIO_HOST = '127.0.0.1';
export const DEFAULT_STUDIO_PORT = 4983;

export interface StudioOptions {
  /** The entity classes of one table (or a `model` loaded by the CLI). */
  entities?: Function[];
  model?: Model;
  /** Physical table name, overriding the Table definition's name. */
  tableName?: string;
  /** The client to the DynamoDB holding the table; the caller keeps owning it. */
  client: DynamoDBClient;
  /** Default 4983; 0 picks a free port. */
  port?: number;
  /** Default: a fresh random token. */
  token?: string;
  /** Where the table is (endpoint, region), named when explaining DynamoDB's errors. */
  target?: Target;
}

export interface Studio {
  /** The page's address with its token: the only way in. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function allowedHost(request: IncomingMessage, port: number): boolean {
  // A page of another site resolving its own name to 127.0.0.1 (DNS rebinding) sends its own Host.
  const host = request.headers.host;
  return host === `${STUDIO_HOST}:${port}` || host === `localhost:${port}`;
}

async function handle(
  context: StudioContext,
  token: string,
  assets: string,
  request: IncomingMessage,
  response: ServerResponse,
  port: number,
): Promise<void> {
  const url = new URL(request.url ?? '/', `http://${STUDIO_HOST}`);
  if (!allowedHost(request, port)) {
    sendText(response, 403, 'The studio answers on 127.0.0.1 only');
    return;
  }
  const asset = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  if (request.method === 'GET' && asset !== 'index.html' && !url.pathname.startsWith('/api/')) {
    // The script and the stylesheet hold no data; the page and the API need the token.
    const file = await readAsset(assets, asset);
    if (!file) return sendText(response, 404, 'Not found');
    response.writeHead(200, { 'content-type': file.type });
    response.end(file.body);
    return;
  }
  if (!tokenMatches(token, requestToken(request, url))) {
    sendJson(response, 401, {
      code: 'TOKEN_REQUIRED',
      message: 'Open the URL that `monotable studio` printed: it carries the access token',
    });
    return;
  }
  if (asset === 'index.html' && request.method === 'GET') {
    const page = await readAsset(assets, 'index.html');
    if (!page) return sendText(response, 500, `The studio page is not built (looked in ${assets})`);
    response.writeHead(200, {
      'content-type': page.type,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      // Only its own script and stylesheet, never inside another site's frame.
      'content-security-policy':
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    });
    response.end(page.body);
    return;
  }
  const route = API_ROUTES[`${request.method} ${url.pathname}`];
  if (!route) {
    sendJson(response, 404, { code: 'NOT_FOUND', message: `No ${request.method} ${url.pathname}` });
    return;
  }
  await route({ context, request, response, url });
}

/**
 * Serves the studio for one table on 127.0.0.1. Edits go through the repositories of a
 * connection of its own, over `client`.
 *
 * @example
 * const studio = await startStudio({ entities: [Customer, Order], client, port: 0 });
 * console.log(studio.url); // http://127.0.0.1:39201/?token=...
 */
export async function startStudio(options: StudioOptions): Promise<Studio> {
  const model = options.model ?? buildModel(options.entities ?? [], options.tableName);
  const context = createStudioContext(model, options.client, options.target);
  const token = options.token ?? createAccessToken();
  const assets = assetsDirectory();
  let port = 0;
  const server = createServer((request, response) => {
    handle(context, token, assets, request, response, port).catch((error: unknown) => {
      const { status, body } = errorResponse(error, context.target);
      if (!response.headersSent) sendJson(response, status, body);
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_STUDIO_PORT, STUDIO_HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${STUDIO_HOST}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
