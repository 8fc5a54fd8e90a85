import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { emptiness, keyMessages } from '../schema/key-validation';
import { normalizeNumber, typeOf } from '../values';
import type { ConditionAst, KeyConditionAst, Operand } from './ast';
import type { DocumentPath } from './document-path';
import type { ExpressionUsage } from './expression-usage';
import { keyConditionMessages } from './messages';
import { parseConditionOfKind } from './parse-condition';
import type { SortKeyPredicate } from './sort-key-match';

/** One key attribute of what is queried; its declared type enables DynamoDB's type check. */
export interface KeyAttribute {
  name: string;
  type?: 'S' | 'N' | 'B';
}

/** The key schema a key condition is checked against. */
export interface KeySchemaNames {
  /** In key-schema order: one, or up to four for a multi-attribute GSI key. */
  partitionKeys: KeyAttribute[];
  /** In key-schema order: none, one, or up to four for a multi-attribute GSI key. */
  sortKeys: KeyAttribute[];
  /** The index queried, if any: DynamoDB names it when a key value is empty. */
  indexName?: string;
  /** Key attributes of the table and of its indexes: a nested path into one is refused as such. */
  tableKeyNames?: readonly string[];
  indexKeyNames?: readonly string[];
}

/**
 * What a key condition selects: one partition and a range of it. The sort conditions apply to
 * the leading sort-key attributes in order: equalities, the last one possibly a range.
 */
export interface ResolvedKeyCondition {
  partitionValues: AttributeValue[];
  sortConditions: SortKeyPredicate[];
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
 * Checks a key condition against the key schema with DynamoDB's messages, in DynamoDB Local's
 * order, and returns the partition and the sort-key range it selects.
 * @example resolveKeyCondition(parseKeyCondition('PK = :p AND begins_with(SK, :s)', usage), { partitionKeys: [{ name: 'PK' }], sortKeys: [{ name: 'SK' }] })
 */
export function resolveKeyCondition(ast: KeyConditionAst, schema: KeySchemaNames): ResolvedKeyCondition {
  const parts = new Map<string, KeyPart>();
  collectParts(ast, schema, parts);
  const multiAttribute = schema.partitionKeys.length > 1 || schema.sortKeys.length > 1;
  const sortParts = multiAttribute ? checkMultiAttributeParts(parts, schema) : checkSingleAttributeParts(parts, schema);
  return {
    partitionValues: schema.partitionKeys.map((key) => normalizeKeyValue(predicateValues(parts.get(key.name)!.predicate)[0])),
    sortConditions: sortParts.map((part) => normalizePredicate(part.predicate)),
  };
}

/** A table's or single-attribute index's key: `pk = :v` and at most one condition on the sort key. */
function checkSingleAttributeParts(parts: Map<string, KeyPart>, schema: KeySchemaNames): KeyPart[] {
  const [partitionKey] = schema.partitionKeys;
  const sortKey = schema.sortKeys[0] as KeyAttribute | undefined;
  if (parts.size > 2) throw validationError(keyConditionMessages.tooManyConditions);
  if (parts.size === 2 && !sortKey) throw validationError(keyConditionMessages.notSupported);
  const partition = parts.get(partitionKey.name);
  if (!partition) throw validationError(keyConditionMessages.missedKey(partitionKey.name));
  checkKeyTypes(predicateValues(partition.predicate), partitionKey.type);
  if (partition.predicate.op !== '=') throw validationError(keyConditionMessages.notSupported);
  checkNotEmpty(partition, schema);
  const other = [...parts.values()].find((part) => part !== partition);
  if (!other) return [];
  if (other.attribute !== sortKey!.name) throw validationError(keyConditionMessages.missedKey(sortKey!.name));
  checkKeyTypes(predicateValues(other.predicate), sortKey!.type);
  checkNotEmpty(other, schema);
  return [other];
}

/**
 * A multi-attribute GSI key: equality on every partition-key attribute; on the sort-key
 * attributes, conditions on a leading run without gaps, all equalities but the last.
 */
function checkMultiAttributeParts(parts: Map<string, KeyPart>, schema: KeySchemaNames): KeyPart[] {
  const { partitionKeys, sortKeys } = schema;
  if (parts.size > partitionKeys.length + sortKeys.length) throw validationError(keyConditionMessages.notSupported);
  const missing = partitionKeys.filter((key) => !parts.has(key.name));
  if (missing.length > 0) throw validationError(keyConditionMessages.hashEquality(missing.map((key) => key.name)));
  const unequal = partitionKeys.filter((key) => parts.get(key.name)!.predicate.op !== '=');
  if (unequal.length > 0) throw validationError(keyConditionMessages.hashEquality(unequal.map((key) => key.name)));
  const last = checkSortKeyRun(parts, sortKeys);
  for (const key of [...partitionKeys, ...sortKeys]) {
    const part = parts.get(key.name);
    if (!part) continue;
    checkKeyTypes(predicateValues(part.predicate), key.type);
    checkNotEmpty(part, schema);
  }
  const keyNames = new Set([...partitionKeys, ...sortKeys].map((key) => key.name));
  const unknown = [...parts.keys()].find((name) => !keyNames.has(name));
  if (unknown !== undefined) throw validationError(keyConditionMessages.missedKey(unknown));
  return sortKeys.slice(0, last + 1).map((key) => parts.get(key.name)!);
}

/**
 * Conditions on sort-key attributes must cover a leading run, without gaps, with equalities
 * before the last. DynamoDB Local reports the first gap (the attributes missing before the first
 * condition after them), then the non-equalities before the last condition. Returns the position
 * of the last conditioned sort-key attribute (-1 if none).
 */
function checkSortKeyRun(parts: Map<string, KeyPart>, sortKeys: readonly KeyAttribute[]): number {
  const missing: string[] = [];
  for (const key of sortKeys) {
    if (!parts.has(key.name)) missing.push(key.name);
    else if (missing.length > 0) throw validationError(keyConditionMessages.rangeEquality(missing, key.name));
  }
  const last = sortKeys.length - 1 - missing.length;
  const unequal = sortKeys.slice(0, Math.max(last, 0)).filter((key) => parts.get(key.name)!.predicate.op !== '=');
  if (unequal.length > 0) throw validationError(keyConditionMessages.rangeEquality(unequal.map((key) => key.name), sortKeys[last].name));
  return last;
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

/** A nested path into a key attribute of the table (or of any index) has its own message. */
function keyName(path: DocumentPath, schema: KeySchemaNames): string {
  const top = path[0].kind === 'name' ? path[0].name : '';
  if (path.length === 1) return top;
  const tableKeys = schema.tableKeyNames ?? [...schema.partitionKeys, ...schema.sortKeys].map((key) => key.name);
  if (tableKeys.includes(top)) throw validationError(keyConditionMessages.keyNotScalar(top));
  if (schema.indexKeyNames?.includes(top)) throw validationError(keyConditionMessages.indexKeyNotScalar(top));
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

function checkNotEmpty(part: KeyPart, schema: KeySchemaNames): void {
  for (const value of predicateValues(part.predicate)) {
    const kind = emptiness(value);
    if (!kind) continue;
    throw validationError(
      schema.indexName === undefined
        ? keyMessages.emptyKey(part.attribute, kind)
        : keyMessages.emptyIndexKey(part.attribute, kind, schema.indexName),
    );
  }
}
