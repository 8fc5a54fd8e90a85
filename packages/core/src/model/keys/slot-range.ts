import { KEY_SEPARATOR } from './key-segments';
import type { SortKeyCondition } from './sort-key-condition';

type RangeOp = 'lt' | 'lte' | 'gt' | 'gte' | 'between';

const code = (char: string) => char.codePointAt(0)!;
/** '$', the character right after the separator. */
const AFTER_SEPARATOR = String.fromCodePoint(code(KEY_SEPARATOR) + 1);
/** '"', the character right before the separator. */
const BEFORE_SEPARATOR = String.fromCodePoint(code(KEY_SEPARATOR) - 1);
/** The greatest code point; its UTF-8 bytes sort after every other character's. */
const MAX_CHAR = String.fromCodePoint(0x10ffff);
/** The smallest code point: `s + MIN_CHAR` is the first string after `s`. */
const MIN_CHAR = String.fromCodePoint(0);

/** The first string after every string that starts with `prefix`. */
function afterPrefix(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!;
  return chars.join('') + String.fromCodePoint(code(last) + 1);
}

/** (Nearly) the last string before `value`: exact unless a key holds U+10FFFF at that point. */
function justBefore(value: string): string {
  const chars = [...value];
  const last = code(chars.pop()!);
  if (last === 0) return chars.join('');
  const previous = last - 1 === 0xdfff ? 0xd7ff : last - 1; // skip the surrogate range
  return chars.join('') + String.fromCodePoint(previous) + MAX_CHAR;
}

/**
 * The sort key condition for a range operator on one slot. The entity's keys look like
 * `head + value + rest`, where `rest` is empty when the slot ends the key and otherwise starts
 * with '#'. A slot value never contains '#', so when followed, all keys of value v lie between
 * `head + v + '#'` and `head + v + '$'` (exclusive), and bounds built from those include or
 * exclude whole values whatever the later slots hold. Both ends stay inside `head`, which holds
 * the equality values of earlier slots, so one inclusive `between` is used wherever possible.
 *
 * Values are compared as their keys sort: by UTF-8 bytes, with the end of a followed value
 * sorting as '#' — plain byte order unless one value extends the other with a character below
 * '#' (control characters, space, '!', '"').
 */
export function slotRange(
  head: string,
  followed: boolean,
  op: RangeOp,
  value: string,
  value2 = '',
): SortKeyCondition {
  if (!head) return unboundedRange(followed, op, value, value2);
  const first = (v: string) => head + v + (followed ? KEY_SEPARATOR : ''); // the smallest key of v
  const last = (v: string) => head + v + (followed ? AFTER_SEPARATOR : ''); // at or after every key of v
  const between = (low: string, high: string): SortKeyCondition => ({
    op: 'between',
    value: low,
    value2: high,
  });
  switch (op) {
    case 'gte':
      return between(first(value), afterPrefix(head));
    case 'gt':
      return between(followed ? last(value) : head + value + MIN_CHAR, afterPrefix(head));
    case 'lte':
      return between(head, last(value));
    case 'lt':
      return between(
        head,
        followed ? head + value + BEFORE_SEPARATOR + MAX_CHAR : head + justBefore(value),
      );
    case 'between':
      return between(first(value), last(value2));
  }
}

/** A slot at the very start of the key: no prefix to stay within, so exact one-sided operators. */
function unboundedRange(
  followed: boolean,
  op: RangeOp,
  value: string,
  value2: string,
): SortKeyCondition {
  const first = (v: string) => v + (followed ? KEY_SEPARATOR : '');
  const last = (v: string) => v + (followed ? AFTER_SEPARATOR : '');
  switch (op) {
    case 'gte':
      return { op: 'gte', value: first(value) };
    case 'gt':
      return followed ? { op: 'gte', value: last(value) } : { op: 'gt', value };
    case 'lte':
      return followed ? { op: 'lt', value: last(value) } : { op: 'lte', value };
    case 'lt':
      return { op: 'lt', value: first(value) };
    case 'between':
      return { op: 'between', value: first(value), value2: last(value2) };
  }
}
