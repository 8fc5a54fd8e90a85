/** A condition on a sort key attribute, ready for a KeyConditionExpression. */
export type SortKeyCondition =
  | { op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'beginsWith'; value: string }
  | { op: 'between'; value: string; value2: string };

/** A condition on one slot property, as written in `where`. */
export type SlotCondition =
  | { op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'beginsWith'; value: unknown }
  | { op: 'between'; value: unknown; value2: unknown };
