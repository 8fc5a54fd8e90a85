import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { normalizeNumber, typeOf } from '../values';
import type { ConditionAst, KeyConditionAst, Operand } from './ast';
import type { DocumentPath } from './document-path';
import type { ExpressionUsage } from './expression-usage';
import { keyConditionMessages } from './messages';
import { parseConditionOfKind } from './parse-condition';
import type { SortKeyPredicate } from './sort-key-match';

/** Key attribute names of the table or index being queried (types enable DynamoDB's type check). */
export interface KeySchemaNames {
  partitionKey: string;
  sortKey?: string;
  partitionKeyType?: 'S' | 'N' | 'B';
  sortKeyType?: 'S' | 'N' | 'B';
}


/** Parses a KeyConditionExpression (same grammar and checks as a condition). */
export function parseKeyCondition(expression: string, usage: ExpressionUsage): KeyConditionAst {
  return parseConditionOfKind(expression, usage, 'KeyConditionExpression');
}

interface KeyPart {
  readonly attribute: string;
  readonly predicate: SortKeyPredicate;
}

const FLIPPED = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const;

/**
 * Checks a key condition against the key schema with DynamoDB's messages and returns the
 * partition key value and the sort key predicate.
 * @example resolveKeyCondition(parseKeyCondition('PK = :p AND begins_with(SK, :s)', usage), { partitionKey: 'PK', sortKey: 'SK' })
 */
export function resolveKeyCondition(
  ast: KeyConditionAst,
  schema: KeySchemaNames,
): { partitionValue: AttributeValue; sort?: SortKeyPredicate } {
  const parts = new Map<string, KeyPart>();
  collectParts(ast, schema, parts);
  if (parts.size > 2) throw validationError(keyConditionMessages.tooManyConditions);
  if (parts.size === 2 && !schema.sortKey) throw validationError(keyConditionMessages.notSupported);
  const partition = parts.get(schema.partitionKey);
  if (!partition) throw validationError(keyConditionMessages.missedKey(schema.partitionKey));
  const partitionValue = predicateValues(partition.predicate)[0];
  checkKeyTypes([partitionValue], schema.partitionKeyType);
  if (partition.predicate.op !== '=') throw validationError(keyConditionMessages.notSupported);
  checkNotEmpty(schema.partitionKey, [partitionValue]);
  const other = [...parts.values()].find((part) => part !== partition);
  if (other) {
    if (other.attribute !== schema.sortKey) throw validationError(keyConditionMessages.missedKey(schema.sortKey!));
    checkKeyTypes(predicateValues(other.predicate), schema.sortKeyType);
    checkNotEmpty(other.attribute, predicateValues(other.predicate));
  }
  const result = { partitionValue: normalizeKeyValue(partitionValue) };
  return other ? { ...result, sort: normalizePredicate(other.predicate) } : result;
}

/** Flattens the AND tree; any other operator is not allowed in a key condition. */
function collectParts(ast: ConditionAst, schema: KeySchemaNames, parts: Map<string, KeyPart>): void {
  if (ast.kind === 'and') {
    collectParts(ast.left, schema, parts);
    collectParts(ast.right, schema, parts);
    return;
  }
  const part = toKeyPart(ast, schema);
  if (parts.has(part.attribute)) throw validationError(keyConditionMessages.onePerKey);
  parts.set(part.attribute, part);
}

function toKeyPart(ast: ConditionAst, schema: KeySchemaNames): KeyPart {
  switch (ast.kind) {
    case 'and': // flattened by collectParts
    case 'or':
    case 'not':
    case 'in':
      throw validationError(keyConditionMessages.invalidOperator(ast.kind.toUpperCase()));
    case 'function': {
      if (ast.name !== 'begins_with') throw validationError(keyConditionMessages.invalidOperator(ast.name));
      const [key, prefix] = ast.args;
      checkOperands(ast.args);
      if (key.kind !== 'path') throw validationError(keyConditionMessages.beginsWithOperand);
      return { attribute: keyName(key.path, schema), predicate: { op: 'begins_with', prefix: literal(prefix) } };
    }
    case 'between': {
      checkOperands([ast.operand, ast.low, ast.high]);
      if (ast.operand.kind !== 'path') throw validationError(keyConditionMessages.noKeyAttribute);
      const predicate = { op: 'between' as const, low: literal(ast.low), high: literal(ast.high) };
      return { attribute: keyName(ast.operand.path, schema), predicate };
    }
    case 'compare': {
      if (ast.operator === '<>') throw validationError(keyConditionMessages.invalidOperator('<>'));
      checkOperands([ast.left, ast.right]);
      const keyOnLeft = ast.left.kind === 'path';
      const key = keyOnLeft ? ast.left : ast.right;
      const op = keyOnLeft ? ast.operator : FLIPPED[ast.operator];
      const value = literal(keyOnLeft ? ast.right : ast.left);
      return { attribute: keyName((key as Extract<Operand, { kind: 'path' }>).path, schema), predicate: { op, value } };
    }
  }
}

/** Exactly one operand names an attribute; size() and nested operations are not allowed. */
function checkOperands(operands: readonly Operand[]): void {
  if (operands.some((operand) => operand.kind === 'size')) throw validationError(keyConditionMessages.nestedOperation);
  const paths = operands.filter((operand) => operand.kind === 'path').length;
  if (paths > 1) throw validationError(keyConditionMessages.multipleNames);
  if (paths === 0) throw validationError(keyConditionMessages.noKeyAttribute);
}

function keyName(path: DocumentPath, schema: KeySchemaNames): string {
  const top = path[0].kind === 'name' ? path[0].name : '';
  if (path.length === 1) return top;
  if (top === schema.partitionKey || top === schema.sortKey) throw validationError(keyConditionMessages.keyNotScalar(top));
  throw validationError(keyConditionMessages.nestedAttribute);
}

function literal(operand: Operand): AttributeValue {
  return (operand as Extract<Operand, { kind: 'value' }>).value;
}

function predicateValues(predicate: SortKeyPredicate): AttributeValue[] {
  if (predicate.op === 'between') return [predicate.low, predicate.high];
  if (predicate.op === 'begins_with') return [predicate.prefix];
  return [predicate.value];
}

/** Key values in canonical form ('1.50' → '1.5'), so the engine can use them for lookups. */
function normalizeKeyValue(value: AttributeValue): AttributeValue {
  return value.N !== undefined ? { N: normalizeNumber(value.N) } : value;
}

function normalizePredicate(predicate: SortKeyPredicate): SortKeyPredicate {
  if (predicate.op === 'between') return { op: 'between', low: normalizeKeyValue(predicate.low), high: normalizeKeyValue(predicate.high) };
  if (predicate.op === 'begins_with') return predicate;
  return { op: predicate.op, value: normalizeKeyValue(predicate.value) };
}

/** Key values must have the key's type (any of S, N, B when the type is not given). */
function checkKeyTypes(values: AttributeValue[], expectedType: 'S' | 'N' | 'B' | undefined): void {
  for (const value of values) {
    const type = typeOf(value);
    if ((expectedType && type !== expectedType) || (type !== 'S' && type !== 'N' && type !== 'B')) {
      throw validationError(keyConditionMessages.typeMismatch);
    }
  }
}

function checkNotEmpty(key: string, values: AttributeValue[]): void {
  for (const value of values) {
    if (value.S === '') throw validationError(keyConditionMessages.emptyKeyValue(key, 'string'));
    if (value.B !== undefined && value.B.length === 0) throw validationError(keyConditionMessages.emptyKeyValue(key, 'binary'));
  }
}
