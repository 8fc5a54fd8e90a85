import { ConfigurationError } from '../../model/errors';
import { decodeCursor, encodeCursor } from '../pagination';
import type { RequestExecutor } from '../request-executor';
import type { PreparedRead } from '../../requests/build-read';
import { pickKey } from '../../model/keys/pick-key';

export interface PageRequest {
  limit?: number;
  cursor?: string;
  maxPages?: number;
}

export interface RawPage {
  items: Record<string, unknown>[];
  cursor?: string;
}

/** When a user filter discards items, ask for more than needed per request (then trim). */
const FILTERED_MIN_PAGE = 100;
const DEFAULT_MAX_PAGES = 10;

/**
 * One page of exactly `limit` items at most. DynamoDB's Limit counts items read before the
 * filter, so a page may take several requests: stops at `limit` items, at the end of the
 * partition, or after `maxPages` requests (a selective filter cannot start a request storm).
 * When the page stops inside a DynamoDB page, the cursor is built from the last returned item.
 */
export async function readPage(
  executor: RequestExecutor,
  read: PreparedRead,
  request: PageRequest,
  cursorSecret?: string,
): Promise<RawPage> {
  const { limit } = request;
  checkLimit(limit);
  checkLimit(request.maxPages, 'maxPages');
  const maxPages = request.maxPages ?? DEFAULT_MAX_PAGES;
  let startKey = request.cursor
    ? decodeCursor(request.cursor, read.fingerprint, cursorSecret, read.cursorKeyAttributes)
    : undefined;
  const items: Record<string, unknown>[] = [];
  for (let pages = 1; ; pages++) {
    const remaining = limit === undefined ? undefined : limit - items.length;
    const size =
      remaining === undefined || !read.hasUserFilter
        ? remaining
        : Math.max(remaining, FILTERED_MIN_PAGE);
    const output = await sendPage(executor, read, startKey, size);
    const received: Record<string, unknown>[] = output.Items ?? [];
    const room = limit === undefined ? received.length : limit - items.length;
    items.push(...received.slice(0, room));
    const cut = received.length > room;
    const encode = (key: Record<string, unknown>) =>
      encodeCursor(key, read.fingerprint, cursorSecret);
    if (cut)
      return { items, cursor: encode(pickKey(items[items.length - 1], read.cursorKeyAttributes)) };
    const last = output.LastEvaluatedKey as Record<string, unknown> | undefined;
    if (!last) return { items };
    const full = limit === undefined || items.length >= limit;
    if (full || pages >= maxPages) return { items, cursor: encode(last) };
    startKey = last;
  }
}

/** One page request of a prepared Query or Scan, from `startKey`, reading at most `limit` items. */
export function sendPage(
  executor: RequestExecutor,
  read: PreparedRead,
  startKey?: Record<string, unknown>,
  limit?: number,
) {
  const page = {
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
    ...(limit ? { Limit: limit } : {}),
  };
  return read.operation === 'Query'
    ? executor.send('Query', { ...read.params, ...page })
    : executor.send('Scan', { ...read.params, ...page });
}

function checkLimit(limit: number | undefined, name = 'limit') {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new ConfigurationError(`${name} must be a positive integer, got ${limit}`);
  }
}

/**
 * Every item of a Query/Scan, one DynamoDB page at a time (bounded memory), at most `limit`.
 * Without a filter the last request asks for no more than the items still wanted.
 */
export async function* readAll(
  executor: RequestExecutor,
  read: PreparedRead,
  request: { limit?: number; pageSize?: number } = {},
): AsyncGenerator<Record<string, unknown>> {
  const { limit, pageSize } = request;
  checkLimit(limit);
  checkLimit(pageSize, 'pageSize');
  let startKey: Record<string, unknown> | undefined;
  let yielded = 0;
  do {
    const remaining = limit === undefined ? undefined : limit - yielded;
    const size =
      remaining !== undefined && !read.hasUserFilter
        ? Math.min(remaining, pageSize ?? remaining)
        : pageSize;
    const output = await sendPage(executor, read, startKey, size);
    for (const item of output.Items ?? []) {
      if (limit !== undefined && yielded >= limit) return;
      yielded++;
      yield item;
    }
    startKey = output.LastEvaluatedKey;
  } while (startKey && (limit === undefined || yielded < limit));
}

/** Sum of Count over every page of a Select COUNT request. */
export async function countAll(executor: RequestExecutor, read: PreparedRead): Promise<number> {
  let total = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await sendPage(executor, read, startKey);
    total += output.Count ?? 0;
    startKey = output.LastEvaluatedKey;
  } while (startKey);
  return total;
}
