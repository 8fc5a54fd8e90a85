import { ConfigurationError } from '../errors';
import type { KeyTemplate, KeyTemplatePart } from '../metadata/types';

/** Separates the segments of a key; slot values may never contain it. */
export const KEY_SEPARATOR = '#';

/** A key split on the separator: each segment is fixed text or exactly one slot. */
export type KeySegment = { kind: 'literal'; value: string } | { kind: 'slot'; property: string };

/**
 * Splits template parts into separator-delimited segments. Throws when a slot shares a segment
 * with text or another slot ('v{n}', '{a}{b}', '{a}-{b}'): such keys could not be read back, and
 * their sort order would not follow the slot values.
 */
export function splitKeySegments(source: string, parts: KeyTemplatePart[]): KeySegment[] {
  const segments: KeySegment[] = [];
  let group: Array<string | KeyTemplatePart> = [];
  const flush = () => {
    const slot = group.find((piece): piece is KeyTemplatePart => typeof piece !== 'string');
    if (slot && slot.kind === 'slot') {
      if (group.length !== 1) {
        throw new ConfigurationError(
          `Key template '${source}': {${slot.property}} must fill a whole segment between ` +
            `'${KEY_SEPARATOR}' separators (e.g. 'ORDER${KEY_SEPARATOR}{placedAt}${KEY_SEPARATOR}{id}'), ` +
            'so that keys can be read back and sort by the slot values',
        );
      }
      segments.push({ kind: 'slot', property: slot.property });
    } else {
      segments.push({ kind: 'literal', value: group.join('') });
    }
    group = [];
  };
  for (const part of parts) {
    if (part.kind === 'slot') {
      group.push(part);
      continue;
    }
    for (const char of part.value) {
      if (char === KEY_SEPARATOR) flush();
      else group.push(char);
    }
  }
  flush();
  return segments;
}

/** The segments of a parsed template (startup checks and reads of KEYS_ONLY items use them). */
export function keySegments(template: KeyTemplate): KeySegment[] {
  return splitKeySegments(template.source, template.parts);
}
