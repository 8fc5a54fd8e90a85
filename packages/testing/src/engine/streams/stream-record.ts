import { randomUUID } from 'node:crypto';
import { extractKey } from '../schema/key-validation';
import { cloneValue, itemSize, type Item } from '../values';
import type { ItemChange } from './item-change';
import type { StreamViewType } from './stream-setting';

/** The region DynamoDB Local names in ARNs and stream records. */
export const STREAM_REGION = 'ddblocal';
const SEQUENCE_DIGITS = 21;

/** A stream record in the engine's form (binary values as bytes), ready for GetRecords. */
export interface StreamRecord {
  sequence: number;
  /** When it was written, by the engine's clock (records are kept for 24 hours). */
  createdAtMs: number;
  output: Record<string, unknown>;
}

export function formatSequenceNumber(sequence: number): string {
  return String(sequence).padStart(SEQUENCE_DIGITS, '0');
}

/**
 * The record DynamoDB Streams writes for one change: INSERT, MODIFY or REMOVE, with the images
 * the view type asks for; SizeBytes counts the keys and images it carries. A TTL deletion is
 * signed by the DynamoDB service itself.
 */
export function buildStreamRecord(
  change: ItemChange,
  viewType: StreamViewType,
  sequence: number,
  nowMs: number,
): StreamRecord {
  const { previous, next } = change;
  const eventName = previous === undefined ? 'INSERT' : next === undefined ? 'REMOVE' : 'MODIFY';
  const keys = extractKey(change.definition.keys, (next ?? previous)!);
  const images: { NewImage?: Item; OldImage?: Item } = {};
  if (next && (viewType === 'NEW_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES'))
    images.NewImage = cloneValue(next);
  if (previous && (viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES'))
    images.OldImage = cloneValue(previous);
  const sizeBytes =
    itemSize(keys) +
    (images.NewImage ? itemSize(images.NewImage) : 0) +
    (images.OldImage ? itemSize(images.OldImage) : 0);
  const output: Record<string, unknown> = {
    eventID: randomUUID(),
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: STREAM_REGION,
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(nowMs / 1000),
      Keys: cloneValue(keys),
      ...images,
      SequenceNumber: formatSequenceNumber(sequence),
      SizeBytes: sizeBytes,
      StreamViewType: viewType,
    },
  };
  if (change.expired)
    output.userIdentity = { Type: 'Service', PrincipalId: 'dynamodb.amazonaws.com' };
  return { sequence, createdAtMs: nowMs, output };
}
