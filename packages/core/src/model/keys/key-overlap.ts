import type { AttributeMetadata, KeyTemplate } from '../metadata/types';
import { keySegments, type KeySegment } from './key-segments';

type Attributes = Map<string, AttributeMetadata>;

const NUMBER_TEXT = /^-?\d+(\.\d+)?(e[+-]\d+)?$/i;
const ISO_DATE_TEXT = /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** Which texts a slot can render to: numbers, booleans and dates only render to their own shapes. */
type SlotShape = 'number' | 'boolean' | 'date' | 'text';

function slotShape(attribute: AttributeMetadata | undefined): SlotShape {
  const type = attribute?.type;
  return type === 'number' || type === 'boolean' || type === 'date' ? type : 'text';
}

function slotCanRender(shape: SlotShape, literal: string): boolean {
  if (literal === '') return false; // slot values are never empty
  if (shape === 'number') return NUMBER_TEXT.test(literal);
  if (shape === 'boolean') return literal === 'true' || literal === 'false';
  if (shape === 'date') return ISO_DATE_TEXT.test(literal);
  return true;
}

function segmentsCanMatch(
  a: KeySegment,
  aAttributes: Attributes,
  b: KeySegment,
  bAttributes: Attributes,
) {
  if (a.kind === 'literal' && b.kind === 'literal') return a.value === b.value;
  if (a.kind === 'slot' && b.kind === 'slot') {
    const shapes = [slotShape(aAttributes.get(a.property)), slotShape(bAttributes.get(b.property))];
    return shapes.includes('text') || shapes[0] === shapes[1];
  }
  const [slot, slotAttributes, literal] =
    a.kind === 'slot'
      ? [a, aAttributes, b as KeySegment & { kind: 'literal' }]
      : [b as KeySegment & { kind: 'slot' }, bAttributes, a];
  return slotCanRender(slotShape(slotAttributes.get(slot.property)), literal.value);
}

/**
 * Whether two templates could render the same key. Slot values are never empty and never
 * contain the separator, so a key splits into the same segments as its template; two templates
 * can meet only with as many segments, each pair of which can hold the same text. Answers `true`
 * when unsure (values of one entity's slots are not correlated), so it never misses a clash.
 */
export function keyTemplatesCanCollide(
  a: KeyTemplate | undefined,
  aAttributes: Attributes,
  b: KeyTemplate | undefined,
  bAttributes: Attributes,
): boolean {
  if (!a || !b) return !a && !b;
  const aSegments = keySegments(a);
  const bSegments = keySegments(b);
  if (aSegments.length !== bSegments.length) return false;
  return aSegments.every((segment, index) =>
    segmentsCanMatch(segment, aAttributes, bSegments[index], bAttributes),
  );
}
