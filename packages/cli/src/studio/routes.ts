import type { IncomingMessage, ServerResponse } from 'node:http';
import { editItem, type EditKind, type EditRequest } from './edit-item';
import { errorResponse } from './error-response';
import { renderCatalogueMarkdown } from './export-markdown';
import { renderWorkbenchModel } from './export-workbench';
import { scanWholeTable } from './full-scan';
import { keyColumns } from './grid-items';
import { readJsonBody, sendJson, sendText } from './http-io';
import { readGridPage } from './read-grid-page';
import { runPattern, type PatternRun } from './run-pattern';
import type { StudioContext } from './studio-context';

export interface RouteInput {
  context: StudioContext;
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
}

type Route = (input: RouteInput) => Promise<void>;

const numberParam = (url: URL, name: string) => {
  const value = url.searchParams.get(name);
  return value ? Number(value) : undefined;
};

const attachment = (name: string) => ({ 'content-disposition': `attachment; filename="${name}"` });

async function model({ context, response }: RouteInput) {
  sendJson(response, 200, {
    view: context.view,
    patterns: context.patterns,
    keyColumns: keyColumns(context.model.table),
  });
}

async function markdown({ context, response }: RouteInput) {
  sendText(response, 200, renderCatalogueMarkdown(context.view, context.patterns), {
    'content-type': 'text/markdown; charset=utf-8',
    ...attachment(`${context.model.tableName}-access-patterns.md`),
  });
}

async function workbench({ context, response }: RouteInput) {
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    ...attachment(`${context.model.tableName}-workbench.json`),
  });
  response.end(JSON.stringify(renderWorkbenchModel(context.view), null, 2));
}

async function items({ context, response, url }: RouteInput) {
  const page = await readGridPage(context, {
    index: url.searchParams.get('index') || undefined,
    partition: url.searchParams.get('partition') ?? undefined,
    cursor: url.searchParams.get('cursor'),
    limit: numberParam(url, 'limit'),
  });
  sendJson(response, 200, page);
}

/** The whole table, asked for explicitly: NDJSON lines of progress, then the result. */
async function fullScan({ context, response, url }: RouteInput) {
  response.writeHead(200, { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' });
  const line = (value: unknown) => response.write(`${JSON.stringify(value)}\n`);
  try {
    const result = await scanWholeTable(context, {
      index: url.searchParams.get('index') || undefined,
      segments: numberParam(url, 'segments'),
      onProgress: (progress) => line({ progress }),
    });
    line({ result });
  } catch (error) {
    line({ error: errorResponse(error, context.target).body });
  }
  response.end();
}

async function query({ context, request, response }: RouteInput) {
  const body = (await readJsonBody(request)) as unknown as PatternRun;
  sendJson(response, 200, await runPattern(context, body));
}

const edit =
  (kind: EditKind, status: number): Route =>
  async ({ context, request, response }) => {
    const body = (await readJsonBody(request)) as unknown as EditRequest;
    sendJson(response, status, await editItem(context, kind, body));
  };

/** The API, by method and path. Every route needs the access token (checked by the server). */
export const API_ROUTES: Record<string, Route> = {
  'GET /api/model': model,
  'GET /api/export/markdown': markdown,
  'GET /api/export/workbench': workbench,
  'GET /api/items': items,
  'GET /api/items/all': fullScan,
  'POST /api/query': query,
  'POST /api/items/create': edit('create', 201),
  'POST /api/items/update': edit('update', 200),
  'POST /api/items/delete': edit('delete', 200),
};
