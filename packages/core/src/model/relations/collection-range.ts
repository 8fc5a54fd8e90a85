import { compareUtf8 } from '../keys/compare-utf8';
import type { SortKeyCondition } from '../keys/sort-key-condition';

/** One kind of item an item-collection Query must return: a whole sort key, or a prefix of them. */
export interface SortKeyMember {
  value: string;
  exact: boolean;
}

/** The first string after every string that starts with `prefix` (sorting by UTF-8 bytes). */
function afterPrefix(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!;
  return chars.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}

/**
 * The narrowest single sort key condition covering every member: `eq` or `beginsWith` for one
 * member, else `between` the smallest and the largest; undefined when a member is the whole
 * partition. Items of other kinds may fall inside the range; a type filter removes them.
 *
 * @example
 * collectionRange([{ value: 'PROFILE', exact: true }, { value: 'ORDER#', exact: false }])
 * // { op: 'between', value: 'ORDER#', value2: 'PROFILE' }
 */
export function collectionRange(members: readonly SortKeyMember[]): SortKeyCondition | undefined {
  if (members.length === 0 || members.some((m) => !m.exact && m.value === '')) return undefined;
  if (members.length === 1) {
    const [only] = members;
    return { op: only.exact ? 'eq' : 'beginsWith', value: only.value };
  }
  const low = members.map((m) => m.value).sort(compareUtf8)[0];
  const high = members
    .map((m) => (m.exact ? m.value : afterPrefix(m.value)))
    .sort(compareUtf8)
    .pop()!;
  return { op: 'between', value: low, value2: high };
}

/** Whether a sort key lies inside a range built by `collectionRange`. */
export function rangeHolds(range: SortKeyCondition | undefined, sortKey: string): boolean {
  if (!range) return true;
  if (range.op === 'eq') return sortKey === range.value;
  if (range.op === 'beginsWith') return sortKey.startsWith(range.value);
  if (range.op === 'between') {
    return compareUtf8(sortKey, range.value) >= 0 && compareUtf8(sortKey, range.value2) <= 0;
  }
  return false;
}
