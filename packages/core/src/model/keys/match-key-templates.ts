import type { KeyTemplate } from '../metadata/types';
import { keySegments } from './key-segments';

/**
 * How the slots of `head` line up with the slots of `template` when `template`'s segments start
 * with `head`'s — all of them with `whole` — literal segments equal and each slot facing a slot.
 * Returns head slot → template slot, or undefined when the shapes differ. This is how relations
 * find out that two entities share a partition ('CUSTOMER#{id}' and 'CUSTOMER#{customerId}') or
 * that one key nests under another ('ORDER#{id}' and 'ORDER#{orderId}#LINE#{sku}').
 *
 * @example
 * matchKeyTemplates(parseKeyTemplate('CUSTOMER#{id}'), parseKeyTemplate('CUSTOMER#{customerId}'), true)
 * // Map { 'id' => 'customerId' }
 */
export function matchKeyTemplates(
  head: KeyTemplate,
  template: KeyTemplate,
  whole: boolean,
): Map<string, string> | undefined {
  const headSegments = keySegments(head);
  const segments = keySegments(template);
  if (whole ? headSegments.length !== segments.length : headSegments.length > segments.length) {
    return undefined;
  }
  const slots = new Map<string, string>();
  for (const [index, segment] of headSegments.entries()) {
    const other = segments[index];
    if (segment.kind === 'literal') {
      if (other.kind !== 'literal' || other.value !== segment.value) return undefined;
    } else {
      if (other.kind !== 'slot') return undefined;
      slots.set(segment.property, other.property);
    }
  }
  return slots;
}

/** Number of separator-delimited segments of a template. */
export function segmentCount(template: KeyTemplate): number {
  return keySegments(template).length;
}
