import { createHash } from 'node:crypto';
import { keySchema } from '../schema/describe-table';
import type { KeyNames } from '../schema/table-definition';
import { formatSequenceNumber, type StreamRecord } from './stream-record';
import { streamArn, type TableStreamSetting } from './stream-setting';

/** How long DynamoDB Streams keeps a record. */
export const STREAM_RETENTION_MS = 24 * 60 * 60 * 1000;
/** Trimmed records are dropped from memory in chunks of at least this many. */
const COMPACT_AFTER = 1024;

/**
 * One stream of a table, with its single shard: the records written while it was enabled, for
 * 24 hours by the engine's clock (older ones are trimmed as new ones arrive, so a long-running
 * engine keeps a day of records, not all of them). A disabled stream (or one whose table was
 * deleted) stays readable, closed at its last record.
 */
export class TableStream {
  readonly arn: string;
  readonly shardId: string;
  /** Records in sequence order; those before `first` are trimmed, waiting to be dropped. */
  private readonly records: StreamRecord[] = [];
  private first = 0;
  /** The newest record's sequence number; the last trimmed one's. */
  private lastSequence: number;
  private trimmedThrough: number;
  private endingSequence: number | undefined;

  constructor(
    readonly tableName: string,
    readonly keys: KeyNames,
    readonly setting: TableStreamSetting,
    /** The sequence number the stream's first record will have. */
    readonly startingSequence: number,
  ) {
    this.lastSequence = startingSequence - 1;
    this.trimmedThrough = startingSequence - 1;
    this.arn = streamArn(tableName, setting.label);
    // Derived from the stream, so a restored engine (monotable-local --persist) serves the same shard.
    const suffix = createHash('sha256').update(this.arn).digest('hex').slice(0, 8);
    this.shardId = `shardId-${String(setting.createdAtMs).padStart(20, '0')}-${suffix}`;
  }

  get enabled(): boolean {
    return this.endingSequence === undefined;
  }

  append(record: StreamRecord): void {
    this.records.push(record);
    this.lastSequence = record.sequence;
    this.trim(record.createdAtMs - STREAM_RETENTION_MS);
  }

  /** The sequence number of the oldest record kept (where TRIM_HORIZON starts). */
  get horizon(): number {
    return this.records[this.first]?.sequence ?? this.nextSequence();
  }

  /** The records kept (not trimmed), oldest first. */
  keptRecords(): StreamRecord[] {
    return this.records.slice(this.first);
  }

  /** Whether the record at `sequence` was trimmed (a reader there is past the oldest record). */
  trimmed(sequence: number): boolean {
    return sequence <= this.trimmedThrough;
  }

  /** Trims the records written before `beforeMs`. */
  private trim(beforeMs: number): void {
    while (this.first < this.records.length && this.records[this.first].createdAtMs < beforeMs) {
      this.trimmedThrough = this.records[this.first].sequence;
      this.first += 1;
    }
    if (this.first >= COMPACT_AFTER && this.first * 2 >= this.records.length) {
      this.records.splice(0, this.first);
      this.first = 0;
    }
  }

  /** Stops the stream: its shard ends at the last record written. */
  close(): void {
    if (!this.enabled) return;
    this.endingSequence = Math.max(this.lastSequence, this.startingSequence);
  }

  /** The records kept from sequence `from` on, at most `limit` of them. */
  recordsFrom(from: number, limit: number): StreamRecord[] {
    // Binary search: the first kept record whose sequence is at least `from`.
    let low = this.first;
    let high = this.records.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.records[middle].sequence < from) low = middle + 1;
      else high = middle;
    }
    return this.records.slice(low, low + limit);
  }

  /** The sequence number after the last record written so far (where LATEST starts). */
  nextSequence(): number {
    return this.lastSequence + 1;
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
