import { KeyTemplateError } from '../errors';
import type { AttributeMetadata } from '../metadata/types';
import { KEY_SEPARATOR } from './key-segments';

/** Where a slot value is rendered, for error messages. */
export interface SlotContext {
  entityName: string;
  property: string;
  template: string;
}

/** A slot counts as given unless it is undefined or null. */
export function hasSlotValue(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function fail(context: SlotContext, problem: string): never {
  throw new KeyTemplateError(
    `${context.entityName}.${context.property} ${problem} (key template '${context.template}')`,
  );
}

function renderNumber(value: number, padding: number | undefined, context: SlotContext): string {
  if (!Number.isFinite(value)) fail(context, `is ${value}; a key needs a finite number`);
  const text = String(value);
  if (padding === undefined) return text;
  if (value < 0) {
    fail(context, `is ${value}: negative numbers cannot be zero-padded (they would sort wrongly)`);
  }
  const [integer, fraction] = text.split('.');
  if (/e/i.test(text) || integer.length > padding) {
    fail(
      context,
      `is ${value}, which has more than ${padding} digits; raise @Attribute({ padding })`,
    );
  }
  return integer.padStart(padding, '0') + (fraction === undefined ? '' : `.${fraction}`);
}

function renderRaw(
  value: unknown,
  attribute: AttributeMetadata | undefined,
  context: SlotContext,
): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) fail(context, 'is an invalid Date');
    return value.toISOString();
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return renderNumber(Number(value), attribute?.padding, context);
  if (typeof value === 'number') return renderNumber(value, attribute?.padding, context);
  if (typeof value === 'string') {
    if (attribute?.type === 'number' && value !== '') {
      const number = Number(value);
      if (Number.isNaN(number)) fail(context, `is ${JSON.stringify(value)}, which is not a number`);
      return renderNumber(number, attribute.padding, context);
    }
    return value;
  }
  return fail(
    context,
    `is ${typeof value === 'object' ? 'an object' : typeof value}; key slots take strings, numbers, booleans and dates`,
  );
}

/**
 * One slot value as key text: dates as ISO-8601, numbers zero-padded to the attribute's
 * `padding`, booleans as 'true'/'false'. Empty values and values containing the separator are
 * refused: either would let one key be forged to equal another.
 */
export function renderSlotValue(
  value: unknown,
  attribute: AttributeMetadata | undefined,
  context: SlotContext,
): string {
  if (!hasSlotValue(value)) fail(context, 'is missing; the key needs it');
  const text = renderRaw(value, attribute, context);
  if (text === '') fail(context, 'is empty; key slots need a non-empty value');
  if (text.includes(KEY_SEPARATOR)) {
    fail(
      context,
      `is ${JSON.stringify(text)}, which contains the key separator '${KEY_SEPARATOR}'`,
    );
  }
  return text;
}
