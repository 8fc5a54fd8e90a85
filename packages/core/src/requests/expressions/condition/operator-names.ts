/** Every operator key a property's operator object may use. */
export const CONDITION_OPERATORS = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'between',
  'in',
  'beginsWith',
  'contains',
  'exists',
  'size',
  'type',
] as const;

export type ConditionOperatorName = (typeof CONDITION_OPERATORS)[number];

/** The operators allowed inside `size: { ... }`. */
export const SIZE_OPERATORS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'between', 'in'] as const;

/** Keys combining whole conditions. */
export const LOGICAL_OPERATORS = ['$and', '$or', '$not'] as const;

export function isOperatorName<T extends string>(names: readonly T[], key: string): key is T {
  return (names as readonly string[]).includes(key);
}
