import { mapConcurrent } from '../batch';
import { InvalidCursorError } from '../../model/errors';
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
  secret?: string,
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
        : decodeCursor(part, `${fingerprint}|${segment}`, secret),
  );
}

/**
 * One page of a (parallel) scan: one Scan request per unfinished segment, sent concurrently.
 * Items beyond `limit` are not lost: a segment whose items were cut resumes after the last
 * item returned, and segments whose items were not used at all resume where they were.
 */
export async function scanSegments<T>(
  meta: EntityMetadata,
  context: Connection,
  options: ScanOptions<T>,
  segments: number,
): Promise<Page<T>> {
  const reads = Array.from({ length: segments }, (_, segment) =>
    prepareScan(meta, context.tableName, { ...options, segment, totalSegments: segments }),
  );
  const fingerprint = `${reads[0].fingerprint}|${JSON.stringify(options.filter ?? null)}`;
  const positions = readPositions(options.cursor, fingerprint, segments, context.cursorSecret);
  const active = positions.flatMap((position, segment) => (position === false ? [] : [segment]));
  const perSegment = options.limit
    ? Math.max(1, Math.ceil(options.limit / active.length))
    : undefined;
  const results = await mapConcurrent(active, segments, async (segment) => {
    const params: Record<string, any> = { ...reads[segment].params };
    if (positions[segment]) params.ExclusiveStartKey = positions[segment];
    if (perSegment) params.Limit = perSegment;
    const output = await context.executor.send('Scan', params);
    return {
      segment,
      items: (output.Items ?? []) as Record<string, unknown>[],
      last: output.LastEvaluatedKey,
    };
  });

  const items: Record<string, unknown>[] = [];
  const next: SegmentPositions = [...positions];
  for (const { segment, items: received, last } of results) {
    const room = options.limit === undefined ? received.length : options.limit - items.length;
    if (room <= 0) continue; // untouched: this segment resumes where it was
    const taken = received.slice(0, room);
    items.push(...taken);
    if (taken.length < received.length)
      next[segment] = pickKey(taken[taken.length - 1], reads[segment].cursorKeyAttributes);
    else next[segment] = last ?? false;
  }
  const done = next.every((position) => position === false);
  return {
    items: items.map((item) => hydrate<T>(meta, item)),
    cursor: done ? undefined : writePositions(next, fingerprint, context.cursorSecret),
  };
}
