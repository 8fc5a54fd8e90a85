/** The life of an order; each status can only follow the one before it. */
export const ORDER_STATUSES = ['placed', 'paid', 'shipped', 'delivered'] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The status an order must have to move to `next`; undefined for the first status. */
export function previousStatus(next: OrderStatus): OrderStatus | undefined {
  const index = ORDER_STATUSES.indexOf(next);
  return index > 0 ? ORDER_STATUSES[index - 1] : undefined;
}
