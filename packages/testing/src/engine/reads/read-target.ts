import { validationError } from '../errors';
import { keyAttributeNames, type KeyNames } from '../schema/table-definition';
import type { SecondaryIndex } from '../state/secondary-index';
import type { TableState } from '../state/table-state';
import type { ItemStore } from '../storage/item-store';

/** What a Query or Scan reads: a table, or one of its indexes. */
export interface ReadTarget {
  table: TableState;
  index?: SecondaryIndex;
  store: ItemStore;
  /** The key schema of what is read (the index's for an index). */
  keys: KeyNames;
  /** Attributes of a LastEvaluatedKey: the table key, plus the index key for an index. */
  positionNames: string[];
}

export function resolveReadTarget(table: TableState, indexName: string | undefined, consistentRead: boolean | undefined): ReadTarget {
  const tableKeyNames = keyAttributeNames(table.definition.keys);
  if (indexName === undefined) {
    return { table, store: table.items, keys: table.definition.keys, positionNames: tableKeyNames };
  }
  const index = table.indexes.get(indexName);
  if (!index) throw validationError(`The table does not have the specified index: ${indexName}`);
  if (consistentRead && index.definition.kind === 'global') {
    throw validationError('Consistent reads are not supported on global secondary indexes');
  }
  const indexKeyNames = keyAttributeNames(index.definition.keys);
  return {
    table,
    index,
    store: index.store,
    keys: index.definition.keys,
    positionNames: [...tableKeyNames, ...indexKeyNames.filter((name) => !tableKeyNames.includes(name))],
  };
}
