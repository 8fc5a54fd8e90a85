import type { TableState } from '../state/table-state';
import type { Item } from '../values';

/**
 * ItemCollectionMetrics for ReturnItemCollectionMetrics=SIZE. DynamoDB reports them only for
 * tables with local secondary indexes (item collections are size-limited only there).
 */
export function itemCollectionMetrics(mode: string | undefined, table: TableState, key: Item): Record<string, unknown> | undefined {
  if (mode !== 'SIZE') return undefined;
  const hasLocalIndex = table.definition.indexes.some((index) => index.kind === 'local');
  if (!hasLocalIndex) return undefined;
  const [partitionKey] = table.definition.keys.partitionKeys;
  return { ItemCollectionKey: { [partitionKey]: key[partitionKey] }, SizeEstimateRangeGB: [0, 1] };
}
