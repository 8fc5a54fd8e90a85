import type { IndexDefinition, KeyNames, TableDefinition } from './table-definition';

/** Key names as the engine stored them before multi-attribute GSI keys. */
interface LegacyKeyNames {
  partitionKey: string;
  sortKey?: string;
}

/**
 * A table definition read back from a snapshot or a --persist journal, with its key names in
 * today's form: files written before multi-attribute GSI keys hold `{ partitionKey, sortKey }`.
 */
export function upgradeStoredDefinition(definition: TableDefinition): TableDefinition {
  return {
    ...definition,
    keys: upgradeKeyNames(definition.keys),
    indexes: definition.indexes.map((index): IndexDefinition => ({ ...index, keys: upgradeKeyNames(index.keys) })),
  };
}

function upgradeKeyNames(keys: KeyNames | LegacyKeyNames): KeyNames {
  if ('partitionKeys' in keys) return keys;
  return { partitionKeys: [keys.partitionKey], sortKeys: keys.sortKey === undefined ? [] : [keys.sortKey] };
}
