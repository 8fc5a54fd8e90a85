import { decodeWireBinaries, encodeWireBinaries } from '../wire';
import type { EngineSnapshot } from './database';

const FORMAT_VERSION = 1;

/** A snapshot as JSON text (binary values as base64), e.g. to persist it to a file. */
export function serializeSnapshot(snapshot: EngineSnapshot): string {
  return JSON.stringify({ version: FORMAT_VERSION, ...encodeWireBinaries(snapshot) });
}

/** Reads text written by `serializeSnapshot`. */
export function parseSnapshot(text: string): EngineSnapshot {
  const parsed = JSON.parse(text) as ({ version?: number } & EngineSnapshot) | null;
  if (parsed?.version !== FORMAT_VERSION || !Array.isArray(parsed.tables)) {
    throw new Error(`Not a MemoryDynamoDB snapshot (expected format version ${FORMAT_VERSION})`);
  }
  return {
    tables: decodeWireBinaries(parsed.tables),
    ...(parsed.streams ? { streams: decodeWireBinaries(parsed.streams) } : {}),
  };
}
