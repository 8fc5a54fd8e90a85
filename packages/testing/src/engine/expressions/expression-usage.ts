import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { validateItemValues } from '../values';
import { javaHashOrder } from './java-hash-order';
import { type ExpressionKind, expressionMessages, invalidExpression, placeholderMessages } from './messages';

/** The placeholder maps of one request. */
export interface ExpressionInputs {
  names?: Record<string, string>;
  values?: Record<string, AttributeValue>;
}

const NAME_KEY = /^#[A-Za-z0-9_]+$/;
const VALUE_KEY = /^:[A-Za-z0-9_]+$/;
const MAX_NAME_BYTES = 65535;

/**
 * The ExpressionAttributeNames/Values of one request and which of them its expressions used.
 * Create one per request (the constructor validates both maps with DynamoDB's messages), pass
 * it to every parse* call of that request, then call finish() to reject unused placeholders.
 * @example
 * const usage = new ExpressionUsage({ names: { '#s': 'status' }, values: { ':v': { S: 'x' } } });
 * const condition = parseCondition('#s = :v', usage);
 * usage.finish();
 */
export class ExpressionUsage {
  private readonly names: Record<string, string>;
  private readonly values: Record<string, AttributeValue>;
  private readonly usedNames = new Set<string>();
  private readonly usedValues = new Set<string>();

  constructor(inputs: ExpressionInputs) {
    validateInputs(inputs);
    this.names = { ...(inputs.names ?? {}) };
    this.values = validateItemValues(inputs.values ?? {}, 'ExpressionAttributeValues', { normalizeNumbers: false });
  }

  /** The attribute name behind `#placeholder`; marks it used. */
  name(placeholder: string, kind: ExpressionKind): string {
    if (!Object.prototype.hasOwnProperty.call(this.names, placeholder)) {
      throw validationError(invalidExpression(kind, expressionMessages.undefinedName(placeholder)));
    }
    this.usedNames.add(placeholder);
    return this.names[placeholder];
  }

  /** The value behind `:placeholder` (validated; numbers as written, like DynamoDB Local); marks it used. */
  value(placeholder: string, kind: ExpressionKind): AttributeValue {
    if (!Object.prototype.hasOwnProperty.call(this.values, placeholder)) {
      throw validationError(invalidExpression(kind, expressionMessages.undefinedValue(placeholder)));
    }
    this.usedValues.add(placeholder);
    return this.values[placeholder];
  }

  /** Call after parsing every expression of the request: unused placeholders are an error. */
  finish(): void {
    const unusedNames = Object.keys(this.names).filter((key) => !this.usedNames.has(key));
    if (unusedNames.length > 0) throw validationError(placeholderMessages.unusedNames(javaHashOrder(unusedNames)));
    const unusedValues = Object.keys(this.values).filter((key) => !this.usedValues.has(key));
    if (unusedValues.length > 0) throw validationError(placeholderMessages.unusedValues(javaHashOrder(unusedValues)));
  }
}

/** DynamoDB checks empty maps first, then every key, then the names' contents. */
function validateInputs({ names, values }: ExpressionInputs): void {
  if (names && Object.keys(names).length === 0) throw validationError(placeholderMessages.emptyNames);
  if (values && Object.keys(values).length === 0) throw validationError(placeholderMessages.emptyValues);
  for (const key of Object.keys(names ?? {})) {
    if (!NAME_KEY.test(key)) throw validationError(placeholderMessages.invalidNameKey(key));
  }
  for (const key of Object.keys(values ?? {})) {
    if (!VALUE_KEY.test(key)) throw validationError(placeholderMessages.invalidValueKey(key));
  }
  for (const [key, name] of Object.entries(names ?? {})) {
    if (name === null) throw validationError(placeholderMessages.nullNameValue(key));
    if (typeof name !== 'string' || name.length === 0) throw validationError(placeholderMessages.emptyNameValue(key));
    if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) throw validationError(placeholderMessages.nameTooLong(key));
  }
}
