import type { SlotCondition } from './sort-key-condition';

const OPERATORS = ['eq', 'lt', 'lte', 'gt', 'gte', 'between', 'beginsWith'] as const;

/**
 * Reads what `where` says about one slot: a plain value (or Date) means equality, otherwise an
 * object with exactly one operator. Returns a problem description instead of throwing so the
 * caller can name the entity and template.
 */
export function readSlotCondition(raw: unknown): SlotCondition | string {
  if (raw === null || typeof raw !== 'object' || raw instanceof Date)
    return { op: 'eq', value: raw };
  if (Array.isArray(raw)) return 'is an array; write { between: [low, high] } for a range';
  const entries = Object.entries(raw).filter(([, value]) => value !== undefined);
  if (entries.length !== 1) {
    return `needs exactly one operator of ${OPERATORS.join(', ')}; got ${entries.length ? entries.map(([k]) => k).join(', ') : 'none'}`;
  }
  const [op, value] = entries[0];
  if (!(OPERATORS as readonly string[]).includes(op)) {
    return `uses '${op}', which a sort key condition does not support (use ${OPERATORS.join(', ')}, or put it in filter)`;
  }
  if (op === 'between') {
    if (!Array.isArray(value) || value.length !== 2) return 'between needs [low, high]';
    return { op, value: value[0], value2: value[1] };
  }
  return { op: op as Exclude<SlotCondition['op'], 'between'>, value };
}
