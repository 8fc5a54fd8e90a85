import { mapConcurrent } from '../batch';
import { ConfigurationError, InvalidCursorError } from '../../model/errors';
import type { EntityMetadata } from '../../model/metadata/types';
import { prepareScan } from '../../requests/build-read';
import { pickKey } from '../../model/keys/pick-key';
import { decodeCursor, encodeCursor } from '../pagination';
import { hydrate } from '../../model/mapping/hydrate';
import type { Connection } from '../connection';
import type { Page, ScanOptions } from '../../requests/options';

/** Where each segment resumes: a start key, `null` when not started, `false` when finished. */
type SegmentPositions = Array<Record<string, unknown> | null | false>;

const NOT_STARTED = 'start';
const FINISHED = 'done';
/** Rounds of requests (one request per unfinished segment each) for one page, by default. */
const DEFAULT_MAX_PAGES = 10;
/** The most items one Scan request is asked to read when the filter discards many. */
const MAX_REQUEST_LIMIT = 1000;

/** One cursor per segment (each signed and bound on its own), joined with '~'. */
function writePositions(positions: SegmentPositions, fingerprint: string, secret?: string): string {
  return positions
    .map((position, segment) =>
      position === null
        ? NOT_STARTED
        : position === false
          ? FINISHED
          : encodeCursor(position, `${fingerprint}|${segment}`, secret),
    )
    .join('~');
}

function readPositions(
  cursor: string | undefined,
  fingerprint: string,
  segments: number,
  secret: string | undefined,
  keyAttributes: readonly string[],
) {
  if (!cursor) return new Array<null>(segments).fill(null) as SegmentPositions;
  const parts = cursor.split('~');
  if (parts.length !== segments) {
    throw new InvalidCursorError(
      `This scan cursor holds ${parts.length} segment(s) but the scan has ${segments}; pass the cursor of the same scan`,
    );
  }
  return parts.map((part, segment) =>
    part === NOT_STARTED
      ? null
      : part === FINISHED
        ? false
        : decodeCursor(part, `${fingerprint}|${segment}`, secret, keyAttributes),
  );
}

/** Scan requests in flight at once, unless the caller says otherwise. */
const DEFAULT_CONCURRENCY = 8;

function checkPositiveInteger(value: number | undefined, name: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
    throw new ConfigurationError(`${name} must be a positive integer, got ${value}`);
  }
}

/** What a page has read so far: how many items DynamoDB evaluated, and how many of them matched. */
interface ReadRate {
  scanned: number;
  matched: number;
}

/**
 * Limit of each request of a round. The first round asks each segment for its share of the
 * items still wanted. DynamoDB's Limit counts items read before the filter (the entity type and
 * the user's filter), so when a round comes back short, later rounds ask for as many items as
 * the rate seen so far needs to find the share (ten times more when nothing matched yet).
 */
function requestLimit(wanted: number, active: number, rate: ReadRate, previous?: number): number {
  const share = Math.ceil(wanted / active);
  if (previous === undefined) return share;
  const needed =
    rate.matched > 0 ? Math.ceil((share * rate.scanned) / rate.matched) : previous * 10;
  return Math.min(MAX_REQUEST_LIMIT, Math.max(share, needed));
}

/**
 * One page of a (parallel) scan. Each round sends one Scan request per unfinished segment,
 * concurrently; rounds continue until the page holds `limit` items, every segment is finished,
 * or `maxPages` rounds were sent (a selective filter cannot start a request storm). Without
 * `limit`, a page is one round.
 *
 * Items are never lost: a segment whose items were cut at `limit` resumes right after the last
 * item returned, and a segment none of whose items of the round were used resumes where it was.
 */
export async function scanSegments<T>(
  meta: EntityMetadata,
  context: Connection,
  options: ScanOptions<T>,
  segments: number,
): Promise<Page<T>> {
  const { limit } = options;
  checkPositiveInteger(limit, 'limit');
  checkPositiveInteger(options.maxPages, 'maxPages');
  checkPositiveInteger(options.concurrency, 'concurrency');
  // However many segments, only a bounded number of requests is in flight at once.
  const concurrency = Math.min(segments, options.concurrency ?? DEFAULT_CONCURRENCY);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const reads = Array.from({ length: segments }, (_, segment) =>
    prepareScan(meta, context.tableName, { ...options, segment, totalSegments: segments }),
  );
  const fingerprint = `${reads[0].fingerprint}|${JSON.stringify(options.filter ?? null)}`;
  const positions = readPositions(
    options.cursor,
    fingerprint,
    segments,
    context.cursorSecret,
    reads[0].cursorKeyAttributes,
  );
  const items: Record<string, unknown>[] = [];
  const rate: ReadRate = { scanned: 0, matched: 0 };
  let requestSize: number | undefined;

  for (let round = 1; ; round++) {
    const active = positions.flatMap((position, segment) => (position === false ? [] : [segment]));
    if (active.length === 0) break;
    if (limit !== undefined) {
      requestSize = requestLimit(limit - items.length, active.length, rate, requestSize);
    }
    const size = requestSize;
    const results = await mapConcurrent(active, concurrency, async (segment) => {
      const params = { ...reads[segment].params };
      const position = positions[segment];
      if (position) params.ExclusiveStartKey = position;
      if (size !== undefined) params.Limit = size;
      const output = await context.executor.send('Scan', params);
      const received = (output.Items ?? []) as Record<string, unknown>[];
      const last = output.LastEvaluatedKey as Record<string, unknown> | undefined;
      // Without ScannedCount, a request that stopped early read as many items as it was allowed.
      const scanned: number =
        typeof output.ScannedCount === 'number'
          ? output.ScannedCount
          : last && size !== undefined
            ? size
            : received.length;
      return { segment, received, last, scanned };
    });

    for (const { segment, received, last, scanned } of results) {
      rate.scanned += scanned;
      rate.matched += received.length;
      const room = limit === undefined ? received.length : Math.max(0, limit - items.length);
      const taken = received.slice(0, room);
      items.push(...taken);
      if (taken.length === received.length) positions[segment] = last ?? false;
      else if (taken.length > 0)
        positions[segment] = pickKey(taken[taken.length - 1], reads[segment].cursorKeyAttributes);
      // else none of its items were used: this segment resumes where it was
    }
    if (limit === undefined || items.length >= limit || round >= maxPages) break;
  }

  const done = positions.every((position) => position === false);
  return {
    items: items.map((item) => hydrate<T>(meta, item)),
    cursor: done ? undefined : writePositions(positions, fingerprint, context.cursorSecret),
  };
}
