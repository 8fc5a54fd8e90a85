import { streamLabel, type StreamViewType, type TableStreamSetting } from '../streams/stream-setting';
import type { IndexDefinition, KeyNames, TableDefinition } from './table-definition';

/** Key names as the engine stored them before multi-attribute GSI keys. */
interface LegacyKeyNames {
  partitionKey: string;
  sortKey?: string;
}

/**
 * A table definition read back from a snapshot or a --persist journal, in today's form: files
 * written before multi-attribute GSI keys hold `{ partitionKey, sortKey }`, and those written
 * before streams a `streamSpecification`.
 */
export function upgradeStoredDefinition(definition: TableDefinition & LegacyStreamField): TableDefinition {
  if (typeof definition !== 'object' || definition === null || typeof definition.name !== 'string' || !definition.keys) {
    throw new Error('a table in it has no definition (name and key schema)');
  }
  const { streamSpecification, ...current } = definition;
  return {
    ...current,
    ...(streamSpecification && !current.stream ? { stream: legacyStream(streamSpecification, current.createdAtMs) } : {}),
    keys: upgradeKeyNames(definition.keys),
    indexes: definition.indexes.map((index): IndexDefinition => ({ ...index, keys: upgradeKeyNames(index.keys) })),
  };
}

/** Files written before the engine served streams kept the StreamSpecification as it was given. */
interface LegacyStreamField {
  streamSpecification?: { StreamEnabled?: boolean; StreamViewType?: string };
}

/** An enabled legacy specification becomes a stream created with the table (its records start now). */
function legacyStream(specification: NonNullable<LegacyStreamField['streamSpecification']>, createdAtMs: number): TableStreamSetting | undefined {
  if (!specification.StreamEnabled || !specification.StreamViewType) return undefined;
  return { viewType: specification.StreamViewType as StreamViewType, label: streamLabel(createdAtMs), createdAtMs, enabled: true };
}

function upgradeKeyNames(keys: KeyNames | LegacyKeyNames): KeyNames {
  if ('partitionKeys' in keys) return keys;
  return { partitionKeys: [keys.partitionKey], sortKeys: keys.sortKey === undefined ? [] : [keys.sortKey] };
}
