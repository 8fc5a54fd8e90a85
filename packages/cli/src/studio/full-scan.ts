import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { groupItems, type GridPartition } from './grid-items';
import { StudioRequestError } from './http-io';
import type { StudioContext } from './studio-context';

/** How far a whole-table scan has come. */
export interface ScanProgress {
  segments: number;
  segmentsDone: number;
  scanned: number;
}

export interface FullScanResult {
  partitions: GridPartition[];
  count: number;
  /** True when the scan stopped at `maxItems`. */
  truncated: boolean;
}

export interface FullScanOptions {
  index?: string;
  segments?: number;
  /** The page keeps every item in memory: stop after this many. */
  maxItems?: number;
  onProgress(progress: ScanProgress): void;
}

/** The whole table (or index), read as a parallel Scan of `segments` segments, reporting progress. */
export async function scanWholeTable(
  context: StudioContext,
  { index, segments = 4, maxItems = 10_000, onProgress }: FullScanOptions,
): Promise<FullScanResult> {
  if (index && !context.model.table.indexes[index]) {
    throw new StudioRequestError(404, 'INDEX_UNKNOWN', `The table has no index named ${index}`);
  }
  const total = Math.min(Math.max(Math.floor(segments), 1), 64);
  const items: Record<string, unknown>[] = [];
  const progress: ScanProgress = { segments: total, segmentsDone: 0, scanned: 0 };
  let truncated = false;
  const readSegment = async (segment: number) => {
    let start: Record<string, unknown> | undefined;
    do {
      const output = await context.documents.send(
        new ScanCommand({
          TableName: context.model.tableName,
          ...(index ? { IndexName: index } : {}),
          Segment: segment,
          TotalSegments: total,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...((output.Items ?? []) as Record<string, unknown>[]));
      progress.scanned += output.Items?.length ?? 0;
      start = output.LastEvaluatedKey;
      if (items.length >= maxItems) truncated = start !== undefined || truncated;
      onProgress({ ...progress });
    } while (start && items.length < maxItems);
    progress.segmentsDone += 1;
    onProgress({ ...progress });
  };
  await Promise.all(Array.from({ length: total }, (_, segment) => readSegment(segment)));
  const kept = items.slice(0, maxItems);
  return {
    partitions: groupItems(context.model.table, index, kept),
    count: kept.length,
    truncated: truncated || items.length > maxItems,
  };
}
