import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError, EngineError } from '../errors';
import { valueMessages } from './messages';
import { normalizeNumber } from './numbers';
import { emptyRecord } from './empty-record';
import { sortSetElements } from './set-order';
import { ATTRIBUTE_TYPES, type Item } from './types';

export interface ValidateOptions {
  /**
   * Canonical number text (default). DynamoDB normalizes the numbers of an Item or Key, but
   * DynamoDB Local keeps ExpressionAttributeValues as written ('1.50'), so they are only checked.
   */
  normalizeNumbers?: boolean;
}

/**
 * Validates every value of an item (or Key, or ExpressionAttributeValues) and returns a
 * normalized copy: numbers in canonical text, set elements in DynamoDB Local's order. Errors
 * carry DynamoDB's messages; with context 'ExpressionAttributeValues' they are wrapped the way
 * DynamoDB reports a bad placeholder value ('... for key :v').
 * @example validateItemValues({ n: { N: '1.50' } }, 'Item') // { n: { N: '1.5' } }
 */
export function validateItemValues(item: Item, context: string, options: ValidateOptions = {}): Item {
  const result: Item = emptyRecord();
  for (const [name, value] of Object.entries(item)) {
    try {
      if (name.length === 0) throw validationError(valueMessages.emptyAttributeName);
      // A placeholder's value is not an attribute of an item: DynamoDB does not name it.
      result[name] = context === 'ExpressionAttributeValues' ? validateAttributeValue(value, options) : validateMember(name, value, options);
    } catch (error) {
      if (context === 'ExpressionAttributeValues' && error instanceof EngineError) {
        throw validationError(valueMessages.invalidExpressionValue(error.message, name));
      }
      throw error;
    }
  }
  return result;
}

/** Validates one value and returns its normalized copy (`null` is refused as DynamoDB does in a list). */
export function validateAttributeValue(value: AttributeValue | null, options: ValidateOptions = {}): AttributeValue {
  if (value === null) throw validationError(valueMessages.nullValue());
  const number = options.normalizeNumbers === false ? checkNumber : normalizeNumber;
  const record = (value ?? {}) as unknown as Record<string, unknown>;
  const present = ATTRIBUTE_TYPES.filter((type) => record[type] !== undefined && record[type] !== null);
  if (present.length === 0) throw validationError(valueMessages.emptyValue);
  if (present.length > 1) throw validationError(valueMessages.manyTypes);
  switch (present[0]) {
    case 'S':
      return { S: String(value.S) };
    case 'N':
      return { N: number(value.N!) };
    case 'B':
      return { B: new Uint8Array(value.B!) };
    case 'BOOL':
      return { BOOL: Boolean(value.BOOL) };
    case 'NULL':
      if (value.NULL !== true) throw validationError(valueMessages.nullNotTrue);
      return { NULL: true };
    case 'SS':
      return sortSetElements({ SS: validateStringSet(value.SS!) });
    case 'NS':
      return sortSetElements({ NS: validateNumberSet(value.NS!, number) });
    case 'BS':
      return sortSetElements({ BS: validateBinarySet(value.BS!) });
    case 'L':
      return { L: value.L!.map((element) => validateAttributeValue(element, options)) };
    case 'M':
      return { M: validateMap(value.M!, options) };
  }
}

function validateMap(map: Record<string, AttributeValue>, options: ValidateOptions): Record<string, AttributeValue> {
  const result = emptyRecord<AttributeValue>();
  for (const [name, element] of Object.entries(map)) {
    if (name.length === 0) throw validationError(valueMessages.emptyAttributeName);
    result[name] = validateMember(name, element, options);
  }
  return result;
}

/** A value of an item or map: a null one is refused with its name. */
function validateMember(name: string, value: AttributeValue | null, options: ValidateOptions): AttributeValue {
  if (value === null) throw validationError(valueMessages.nullValue(name));
  return validateAttributeValue(value, options);
}

function validateStringSet(elements: string[]): string[] {
  if (elements.length === 0) throw validationError(valueMessages.emptyStringSet);
  if (elements.includes(null as never)) throw validationError(valueMessages.nullStringSetMember);
  if (new Set(elements).size !== elements.length) throw validationError(valueMessages.stringSetDuplicates(elements));
  return [...elements];
}

function validateNumberSet(elements: string[], number: (text: string) => string): string[] {
  if (elements.length === 0) throw validationError(valueMessages.emptyNumberSet);
  const normalized = elements.map(normalizeNumber);
  if (new Set(normalized).size !== normalized.length) throw validationError(valueMessages.numberSetDuplicates);
  return elements.map(number);
}

/** Validates number text and returns it unchanged. */
function checkNumber(text: string): string {
  normalizeNumber(text);
  return text;
}

function validateBinarySet(elements: Uint8Array[]): Uint8Array[] {
  if (elements.length === 0) throw validationError(valueMessages.emptyBinarySet);
  if (elements.includes(null as never)) throw validationError(valueMessages.nullBinarySetMember);
  const distinct = new Set(elements.map((element) => Buffer.from(element).toString('base64')));
  if (distinct.size !== elements.length) throw validationError(valueMessages.binarySetDuplicates);
  return elements.map((element) => new Uint8Array(element));
}
