import type { AttributeMetadata, KeyTemplate } from '../metadata/types';
import { KEY_SEPARATOR, keySegments } from './key-segments';

const NUMBER_TEXT = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

function parseSlotText(text: string, attribute: AttributeMetadata | undefined): unknown {
  switch (attribute?.type) {
    case 'number':
      return NUMBER_TEXT.test(text) ? Number(text) : undefined;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'date': {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? undefined : date;
    }
    default:
      return text;
  }
}

/**
 * Reads property values back out of a stored key; `undefined` when the key does not have the
 * template's shape.
 *
 * @example
 * parseKeyValue(parseKeyTemplate('ORDER#{placedAt}#{id}'), 'ORDER#2026-11-03#a1', attributes)
 * // { placedAt: '2026-11-03', id: 'a1' }
 */
export function parseKeyValue(
  template: KeyTemplate,
  key: string,
  attributes: Map<string, AttributeMetadata>,
): Record<string, unknown> | undefined {
  if (typeof key !== 'string') return undefined;
  const segments = keySegments(template);
  const pieces = key.split(KEY_SEPARATOR);
  if (pieces.length !== segments.length) return undefined;
  const values: Record<string, unknown> = {};
  for (const [index, segment] of segments.entries()) {
    const piece = pieces[index];
    if (segment.kind === 'literal') {
      if (piece !== segment.value) return undefined;
      continue;
    }
    if (piece === '') return undefined;
    const value = parseSlotText(piece, attributes.get(segment.property));
    if (value === undefined) return undefined;
    values[segment.property] = value;
  }
  return values;
}
