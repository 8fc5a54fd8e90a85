import { ConfigurationError } from '../errors';
import type { KeyTemplate, KeyTemplatePart } from '../metadata/types';
import { splitKeySegments } from './key-segments';

const PROPERTY_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * Parses a key template of literal text and `{property}` slots.
 *
 * @example
 * parseKeyTemplate('ORDER#{placedAt}#{id}').slots // ['placedAt', 'id']
 */
export function parseKeyTemplate(source: string): KeyTemplate {
  const fail = (problem: string): never => {
    throw new ConfigurationError(`Key template '${source}': ${problem}`);
  };
  if (typeof source !== 'string' || source === '') {
    throw new ConfigurationError(
      `A key template must be a non-empty string, got ${JSON.stringify(source)}`,
    );
  }
  const parts: KeyTemplatePart[] = [];
  const slots: string[] = [];
  let literal = '';
  let position = 0;
  while (position < source.length) {
    const char = source[position];
    if (char === '}') fail(`'}' at position ${position} has no matching '{'`);
    if (char !== '{') {
      literal += char;
      position++;
      continue;
    }
    const end = source.indexOf('}', position + 1);
    if (end < 0) fail(`'{' at position ${position} is never closed`);
    const property = source.slice(position + 1, end);
    if (!PROPERTY_NAME.test(property)) fail(`{${property}} is not a property name`);
    if (slots.includes(property)) fail(`{${property}} appears twice`);
    if (literal) parts.push({ kind: 'literal', value: literal });
    literal = '';
    parts.push({ kind: 'slot', property });
    slots.push(property);
    position = end + 1;
  }
  if (literal) parts.push({ kind: 'literal', value: literal });
  splitKeySegments(source, parts);
  return { source, parts, slots };
}
