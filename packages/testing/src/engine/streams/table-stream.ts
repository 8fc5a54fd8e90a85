import { randomBytes } from 'node:crypto';
import { keySchema } from '../schema/describe-table';
import type { KeyNames } from '../schema/table-definition';
import { formatSequenceNumber, type StreamRecord } from './stream-record';
import { streamArn, type TableStreamSetting } from './stream-setting';

/**
 * One stream of a table, with its single shard: the records written while it was enabled. A
 * disabled stream (or one whose table was deleted) stays readable, closed at its last record.
 */
export class TableStream {
  readonly arn: string;
  readonly shardId: string;
  readonly records: StreamRecord[] = [];
  private endingSequence: number | undefined;

  constructor(
    readonly tableName: string,
    readonly keys: KeyNames,
    readonly setting: TableStreamSetting,
    /** The sequence number the stream's first record will have. */
    readonly startingSequence: number,
  ) {
    this.arn = streamArn(tableName, setting.label);
    this.shardId = `shardId-${String(setting.createdAtMs).padStart(20, '0')}-${randomBytes(4).toString('hex')}`;
  }

  get enabled(): boolean {
    return this.endingSequence === undefined;
  }

  append(record: StreamRecord): void {
    this.records.push(record);
  }

  /** Stops the stream: its shard ends at the last record written. */
  close(): void {
    if (!this.enabled) return;
    this.endingSequence = this.records.at(-1)?.sequence ?? this.startingSequence;
  }

  /** The records from sequence `from` on, at most `limit` of them. */
  recordsFrom(from: number, limit: number): StreamRecord[] {
    const start = this.records.findIndex((record) => record.sequence >= from);
    return start < 0 ? [] : this.records.slice(start, start + limit);
  }

  /** The sequence number after the last record written so far (where LATEST starts). */
  nextSequence(): number {
    return (this.records.at(-1)?.sequence ?? this.startingSequence - 1) + 1;
  }

  /** DescribeStream's StreamDescription (one shard; ExclusiveStartShardId has nothing after it). */
  describe(): Record<string, unknown> {
    const range: Record<string, string> = {
      StartingSequenceNumber: formatSequenceNumber(this.startingSequence),
    };
    if (this.endingSequence !== undefined)
      range.EndingSequenceNumber = formatSequenceNumber(this.endingSequence);
    return {
      StreamArn: this.arn,
      StreamLabel: this.setting.label,
      StreamStatus: this.enabled ? 'ENABLED' : 'DISABLED',
      StreamViewType: this.setting.viewType,
      CreationRequestDateTime: this.setting.createdAtMs / 1000,
      TableName: this.tableName,
      KeySchema: keySchema(this.keys),
      Shards: [{ ShardId: this.shardId, SequenceNumberRange: range }],
    };
  }
}
