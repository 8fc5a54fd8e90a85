import type { ApiError } from './types';

/** The token from the printed URL: every API call carries it. */
const token = new URLSearchParams(location.search).get('token') ?? '';

export class StudioApiError extends Error {
  constructor(readonly body: ApiError) {
    super(`${body.code}: ${body.message}`);
  }
}

async function answer<T>(response: Response): Promise<T> {
  const body = await response.json();
  if (!response.ok) throw new StudioApiError(body as ApiError);
  return body as T;
}

export function getJson<T>(path: string): Promise<T> {
  return fetch(path, { headers: { 'x-monotable-token': token } }).then((r) => answer<T>(r));
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return fetch(path, {
    method: 'POST',
    headers: { 'x-monotable-token': token, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => answer<T>(r));
}

/** A download link (a link cannot send headers: the token goes in the query). */
export const downloadUrl = (path: string) => `${path}?token=${encodeURIComponent(token)}`;

/** Reads an NDJSON response line by line (the whole-table scan's progress). */
export async function streamLines(path: string, onLine: (line: any) => void): Promise<void> {
  const response = await fetch(path, { headers: { 'x-monotable-token': token } });
  if (!response.ok || !response.body) throw new StudioApiError(await response.json());
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line));
  }
  if (buffer.trim()) onLine(JSON.parse(buffer));
}
