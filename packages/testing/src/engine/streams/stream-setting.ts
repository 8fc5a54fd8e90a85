import { tableArn } from '../schema/table-definition';

export const STREAM_VIEW_TYPES = [
  'NEW_IMAGE',
  'OLD_IMAGE',
  'NEW_AND_OLD_IMAGES',
  'KEYS_ONLY',
] as const;

/** What a stream record carries besides the keys. */
export type StreamViewType = (typeof STREAM_VIEW_TYPES)[number];

/**
 * The table's latest stream, as its definition keeps it: DescribeTable shows its label and ARN
 * even after the stream is disabled, and a new enable replaces it with a new label.
 */
export interface TableStreamSetting {
  viewType: StreamViewType;
  /** The stream's creation time as DynamoDB labels it: ISO 8601 in UTC, without the zone. */
  label: string;
  createdAtMs: number;
  enabled: boolean;
}

export function streamLabel(createdAtMs: number): string {
  return new Date(createdAtMs).toISOString().slice(0, -1);
}

export function streamArn(tableName: string, label: string): string {
  return `${tableArn(tableName)}/stream/${label}`;
}
