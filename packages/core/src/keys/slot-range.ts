import { KEY_SEPARATOR } from './key-segments';
import type { SortKeyCondition } from './sort-key-condition';

/** The character right after the separator: `value + '#'…` < `value + '$'` for any continuation. */
const AFTER_SEPARATOR = String.fromCharCode(KEY_SEPARATOR.charCodeAt(0) + 1);

interface Bound {
  value: string;
  exclusive: boolean;
}

type RangeOp = 'lt' | 'lte' | 'gt' | 'gte' | 'between';

/**
 * The sort key range for a range operator on one slot. The entity's keys look like
 * `head + value + rest`, where rest is empty when the slot ends the key and otherwise starts
 * with the separator. Since a slot value never contains the separator, every key of value v
 * lies in [head + v + '#', head + v + '$') when followed, so bounds built from those two
 * strings include or exclude whole values whatever the later slots hold.
 *
 * Values are compared as the key orders them: by UTF-8 bytes, where the end of a followed value
 * sorts as '#'. That is plain byte order unless one value extends the other with a character
 * below '#' (control characters, space, '!', '"').
 */
export function slotRange(
  head: string,
  followed: boolean,
  op: RangeOp,
  value: string,
  value2?: string,
): SortKeyCondition {
  const start = (v: string) => head + v + (followed ? KEY_SEPARATOR : ''); // first key of v
  const end = (v: string) => head + v + (followed ? AFTER_SEPARATOR : ''); // just after the keys of v
  let lower: Bound | undefined;
  let upper: Bound | undefined;
  switch (op) {
    case 'gte':
      lower = { value: start(value), exclusive: false };
      break;
    case 'gt':
      lower = followed ? { value: end(value), exclusive: false } : { value: start(value), exclusive: true };
      break;
    // With a following slot `end(v)` itself is never one of the entity's keys, so <= is exact.
    case 'lte':
      upper = { value: end(value), exclusive: false };
      break;
    case 'lt':
      upper = { value: start(value), exclusive: true };
      break;
    case 'between':
      lower = { value: start(value), exclusive: false };
      upper = { value: end(value2!), exclusive: false };
      break;
  }
  return combine(head, lower, upper);
}

/** One condition from the bounds, keeping to the entity's own prefix when that costs nothing. */
function combine(head: string, lower?: Bound, upper?: Bound): SortKeyCondition {
  // head itself and the string just after all head-prefixed keys are never this entity's keys,
  // so they make inclusive bounds that exclude other entities' items around the range.
  if (head && !lower) lower = { value: head, exclusive: false };
  if (head && !upper) upper = { value: successor(head), exclusive: false };
  if (lower?.exclusive) return { op: 'gt', value: lower.value };
  if (upper?.exclusive) return { op: 'lt', value: upper.value };
  if (lower && upper) return { op: 'between', value: lower.value, value2: upper.value };
  if (lower) return { op: 'gte', value: lower.value };
  return { op: 'lte', value: upper!.value };
}

/** The first string after every string that starts with `prefix`. */
function successor(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
