import type {
  AttributeDefinition,
  CreateTableInput,
  GlobalSecondaryIndex,
  LocalSecondaryIndex,
  ProvisionedThroughput,
} from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { validationError } from '../errors';
import { checkStreamSpecification, initialStream } from '../streams/parse-stream-specification';
import { ConstraintCheck } from './constraints';
import { parseKeySchema } from './parse-key-schema';
import {
  keyAttributeNames,
  type IndexDefinition,
  type KeyNames,
  type ProjectionType,
  type ProvisionedThroughputSettings,
  type ScalarAttributeType,
  type TableDefinition,
} from './table-definition';
import { isValidResourceName, tableMessages } from './table-messages';

/**
 * Validates a CreateTable request (DynamoDB Local's checks and messages) and turns it into the
 * engine's table definition, created at `nowMs`.
 */
export function parseTableDefinition(input: CreateTableInput, nowMs = 0): TableDefinition {
  if (!isValidResourceName(input.TableName)) throw validationError(tableMessages.invalidName);
  checkKeyTypes(input);
  const keys = parseKeySchema(input.KeySchema);
  const definitions = checkAttributeDefinitions(input.AttributeDefinitions ?? []);
  checkKeysDefined(keys, definitions);
  const billingMode = input.BillingMode ?? 'PROVISIONED';
  const provisionedThroughput = parseThroughput(input.ProvisionedThroughput, billingMode);
  const indexes = [
    ...parseLocalIndexes(input.LocalSecondaryIndexes, keys, definitions),
    ...parseGlobalIndexes(input.GlobalSecondaryIndexes, definitions, billingMode),
  ];
  checkAllDefinitionsUsed(definitions, keys, indexes);
  checkStreamSpecification(input.StreamSpecification);
  return {
    name: input.TableName,
    tableId: randomUUID(),
    keys,
    attributeDefinitions: definitions.map((entry) => ({
      AttributeName: entry.AttributeName!,
      AttributeType: entry.AttributeType as ScalarAttributeType,
    })),
    billingMode,
    provisionedThroughput,
    indexes,
    createdAtMs: nowMs,
    payPerRequestSinceMs: billingMode === 'PAY_PER_REQUEST' ? nowMs : undefined,
    stream: initialStream(input.StreamSpecification, nowMs),
    deletionProtectionEnabled: input.DeletionProtectionEnabled,
    tableClass: input.TableClass,
  };
}

const KEY_TYPES: readonly string[] = ['HASH', 'RANGE'];

/**
 * DynamoDB's front end refuses a KeyType outside HASH and RANGE, in the table's or any index's
 * key schema, with its enum constraint message (DynamoDB Local reads any other value as RANGE).
 */
function checkKeyTypes(input: CreateTableInput): void {
  const check = new ConstraintCheck();
  checkKeySchemaTypes(check, input.KeySchema, 'keySchema');
  for (const [member, indexes] of [
    ['localSecondaryIndexes', input.LocalSecondaryIndexes],
    ['globalSecondaryIndexes', input.GlobalSecondaryIndexes],
  ] as const) {
    indexes?.forEach((index, position) =>
      checkKeySchemaTypes(check, index?.KeySchema, `${member}.${position + 1}.member.keySchema`),
    );
  }
  check.throwIfInvalid();
}

/** Adds a violation for every KeyType of `schema` that is neither HASH nor RANGE. */
export function checkKeySchemaTypes(check: ConstraintCheck, schema: unknown, path: string): void {
  if (!Array.isArray(schema)) return;
  schema.forEach((element: { KeyType?: unknown } | null, position) =>
    check.oneOf(element?.KeyType, `${path}.${position + 1}.member.keyType`, KEY_TYPES),
  );
}

function checkAttributeDefinitions(definitions: AttributeDefinition[]): AttributeDefinition[] {
  const seen = new Set<string>();
  for (const entry of definitions) {
    if (entry?.AttributeName === undefined) throw validationError(tableMessages.missingAttributeName);
    if (!['S', 'N', 'B'].includes(entry.AttributeType as string)) throw validationError(tableMessages.invalidAttributeType);
    if (seen.has(entry.AttributeName!)) throw validationError(tableMessages.duplicateAttribute);
    seen.add(entry.AttributeName!);
  }
  return definitions;
}

function checkKeysDefined(keys: KeyNames, definitions: AttributeDefinition[]): void {
  const defined = (name: string) => definitions.some((entry) => entry.AttributeName === name);
  if (!keys.partitionKeys.every(defined)) throw validationError(tableMessages.hashKeyUndefined);
  if (!keys.sortKeys.every(defined)) throw validationError(tableMessages.rangeKeyUndefined);
}

/** The table's (or, with `forIndex`, a GSI's) throughput for its billing mode. */
export function parseThroughput(
  throughput: ProvisionedThroughput | undefined,
  billingMode: string,
  forIndex = false,
): ProvisionedThroughputSettings | undefined {
  if (billingMode === 'PAY_PER_REQUEST') {
    if (throughput && !forIndex) throw validationError(tableMessages.throughputWithPayPerRequest);
    return undefined;
  }
  if (!throughput) throw validationError(forIndex ? tableMessages.indexNoThroughput : tableMessages.noThroughput);
  const read = Number(throughput.ReadCapacityUnits);
  const write = Number(throughput.WriteCapacityUnits);
  if (!(read >= 1) || !(write >= 1)) throw validationError(tableMessages.throughputTooLow);
  return { ReadCapacityUnits: read, WriteCapacityUnits: write };
}

const PROJECTION_TYPES: readonly string[] = ['ALL', 'KEYS_ONLY', 'INCLUDE'];

/** DynamoDB Local refuses an unknown ProjectionType before it looks at the key attributes' definitions. */
function checkProjectionType(index: LocalSecondaryIndex | GlobalSecondaryIndex): void {
  const type = index.Projection?.ProjectionType;
  if (type !== undefined && !PROJECTION_TYPES.includes(type)) throw validationError(tableMessages.invalidProjectionType);
}

export function parseProjection(index: LocalSecondaryIndex | GlobalSecondaryIndex): IndexDefinition['projection'] {
  const type = index.Projection?.ProjectionType as ProjectionType | undefined;
  const nonKey = index.Projection?.NonKeyAttributes;
  if (!type) throw validationError(tableMessages.missingProjection);
  checkProjectionType(index);
  if (type === 'INCLUDE') {
    if (!nonKey || nonKey.length === 0) throw validationError(tableMessages.includeWithoutNonKeyAttributes);
    if (nonKey.includes(null as never)) throw validationError(tableMessages.missingAttributeName);
    return { type, nonKeyAttributes: [...nonKey] };
  }
  if (nonKey && nonKey.length > 0) throw validationError(tableMessages.nonKeyAttributesWithoutInclude);
  return { type };
}

/** An index's name and key schema, checked on their own (no attribute definitions needed). */
export function parseIndexKeySchema(index: LocalSecondaryIndex | GlobalSecondaryIndex, kind: IndexDefinition['kind']): KeyNames {
  if (!isValidResourceName(index.IndexName)) throw validationError(tableMessages.invalidName);
  return parseKeySchema(index.KeySchema, kind === 'global');
}

function parseIndexKeys(
  index: LocalSecondaryIndex | GlobalSecondaryIndex,
  definitions: AttributeDefinition[],
  kind: IndexDefinition['kind'],
): KeyNames {
  const keys = parseIndexKeySchema(index, kind);
  checkProjectionType(index);
  for (const name of keyAttributeNames(keys)) {
    if (!definitions.some((entry) => entry.AttributeName === name)) throw validationError(tableMessages.attributeUndefined(name));
  }
  return keys;
}

function parseLocalIndexes(indexes: LocalSecondaryIndex[] | undefined, table: KeyNames, definitions: AttributeDefinition[]): IndexDefinition[] {
  if (!indexes) return [];
  if (table.sortKeys.length === 0) throw validationError(tableMessages.localIndexOnHashTable);
  if (indexes.length === 0) throw validationError(tableMessages.emptyLocalIndexes);
  if (indexes.length > 5) throw validationError(tableMessages.tooManyLocalIndexes);
  const names = new Set<string>();
  // DynamoDB Local fails (HTTP 500) on a null index; the engine reads it as an empty one.
  return indexes.map((given) => {
    const index: LocalSecondaryIndex = given ?? {};
    const keys = parseIndexKeys(index, definitions, 'local');
    if (keys.sortKeys.length === 0) throw validationError(tableMessages.localIndexNoRange);
    if (keys.partitionKeys[0] !== table.partitionKeys[0]) throw validationError(tableMessages.localIndexOtherHash);
    if (names.has(index.IndexName!)) throw validationError(tableMessages.duplicateLocalIndex);
    names.add(index.IndexName!);
    return { name: index.IndexName!, kind: 'local', keys, projection: parseProjection(index) };
  });
}

function parseGlobalIndexes(indexes: GlobalSecondaryIndex[] | undefined, definitions: AttributeDefinition[], billingMode: string): IndexDefinition[] {
  if (!indexes) return [];
  if (indexes.length === 0) throw validationError(tableMessages.emptyGlobalIndexes);
  if (indexes.length > 20) throw validationError(tableMessages.tooManyGlobalIndexes);
  const names = new Set<string>();
  return indexes.map((index) => {
    const parsed = parseGlobalIndex(index ?? {}, definitions, billingMode);
    if (names.has(parsed.name)) throw validationError(tableMessages.duplicateGlobalIndex);
    names.add(parsed.name);
    return parsed;
  });
}

/** One GSI of CreateTable or of UpdateTable's Create action. */
export function parseGlobalIndex(index: GlobalSecondaryIndex, definitions: AttributeDefinition[], billingMode: string): IndexDefinition {
  const keys = parseIndexKeys(index, definitions, 'global');
  const projection = parseProjection(index);
  const provisionedThroughput = parseThroughput(index.ProvisionedThroughput, billingMode, true);
  return { name: index.IndexName!, kind: 'global', keys, projection, provisionedThroughput };
}

function checkAllDefinitionsUsed(definitions: AttributeDefinition[], table: KeyNames, indexes: IndexDefinition[]): void {
  const used = new Set([table, ...indexes.map((index) => index.keys)].flatMap(keyAttributeNames));
  if (definitions.some((entry) => !used.has(entry.AttributeName!))) throw validationError(tableMessages.unusedAttributes);
}
