import type { EngineClock } from '../clock';
import type { TableDefinition } from '../schema/table-definition';
import type { ItemChange } from './item-change';
import { buildStreamRecord, type StreamRecord } from './stream-record';
import { streamArn } from './stream-setting';
import { TableStream } from './table-stream';

/**
 * Every stream the engine has served, by ARN, oldest first: the enabled ones receive a record
 * for each item change of their table; disabled ones stay listed and readable, as in DynamoDB
 * Local (DynamoDB keeps them 24 hours).
 */
export class StreamRegistry {
  private readonly streams = new Map<string, TableStream>();
  // One counter for all streams: sequence numbers only ever grow, as DynamoDB's do.
  private lastSequence = 0;
  private readonly appendListeners = new Set<(stream: TableStream, record: StreamRecord) => void>();

  constructor(private readonly clock: EngineClock) {}

  /** Follows a table definition: opens its stream when it names a new one, closes it when disabled. */
  follow(definition: TableDefinition): void {
    const setting = definition.stream;
    if (!setting) return;
    const arn = streamArn(definition.name, setting.label);
    let stream = this.streams.get(arn);
    if (!stream && setting.enabled) {
      stream = new TableStream(definition.name, definition.keys, setting, this.lastSequence + 1);
      this.streams.set(arn, stream);
    }
    if (stream && !setting.enabled) stream.close();
  }

  /** The table is gone: its streams end. */
  closeTable(tableName: string): void {
    for (const stream of this.streams.values()) if (stream.tableName === tableName) stream.close();
  }

  record(change: ItemChange): void {
    const setting = change.definition.stream;
    if (!setting?.enabled) return;
    const stream = this.streams.get(streamArn(change.definition.name, setting.label));
    if (!stream?.enabled) return;
    this.lastSequence += 1;
    const record = buildStreamRecord(change, setting.viewType, this.lastSequence, this.clock.nowMs());
    stream.append(record);
    for (const listener of this.appendListeners) listener(stream, record);
  }

  /** Calls `listener` after every record appended to any stream; returns the function that stops it. */
  onAppend(listener: (stream: TableStream, record: StreamRecord) => void): () => void {
    this.appendListeners.add(listener);
    return () => this.appendListeners.delete(listener);
  }

  /** The table's enabled stream, if it has one. */
  enabledStreamOf(tableName: string): TableStream | undefined {
    return [...this.streams.values()].find(
      (stream) => stream.tableName === tableName && stream.enabled,
    );
  }

  find(arn: string): TableStream | undefined {
    return this.streams.get(arn);
  }

  /** Every stream, newest first (ListStreams' order in DynamoDB Local). */
  newestFirst(): TableStream[] {
    return [...this.streams.values()].reverse();
  }

  clear(): void {
    this.streams.clear();
  }

  /**
   * Puts back a record written before (a journal replayed, a snapshot restored), without telling
   * subscribers; a record of a stream that no longer exists is dropped.
   */
  restoreRecord(arn: string, record: StreamRecord): void {
    this.lastSequence = Math.max(this.lastSequence, record.sequence);
    this.streams.get(arn)?.append(record);
  }

  /** The records every stream keeps, and the last sequence number given, for a snapshot. */
  snapshot(): StreamsSnapshot {
    return {
      lastSequence: this.lastSequence,
      streams: [...this.streams.values()]
        .map((stream) => ({ arn: stream.arn, records: stream.keptRecords() }))
        .filter((stream) => stream.records.length > 0),
    };
  }

  /** Restores `snapshot`'s records into the streams the restored tables opened. */
  restore(snapshot: StreamsSnapshot): void {
    for (const { arn, records } of snapshot.streams) {
      for (const record of records) this.restoreRecord(arn, record);
    }
    this.lastSequence = Math.max(this.lastSequence, snapshot.lastSequence);
  }
}

/** What a snapshot keeps of the streams. */
export interface StreamsSnapshot {
  lastSequence: number;
  streams: { arn: string; records: StreamRecord[] }[];
}
