import type { CreateTableInput, GlobalSecondaryIndex, KeySchemaElement, LocalSecondaryIndex } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { validationError } from '../errors';
import { ConstraintCheck } from './constraints';
import type { IndexDefinition, KeyNames, ProjectionType, ScalarAttributeType, TableDefinition } from './table-definition';

const INVALID = 'One or more parameter values were invalid: ';

/**
 * Validates a CreateTable request the way DynamoDB does (same checks, same order, same
 * messages) and turns it into the engine's table definition.
 */
export function parseTableDefinition(input: CreateTableInput, nowMs: number): TableDefinition {
  checkConstraints(input);
  const billingMode = input.BillingMode ?? 'PROVISIONED';
  checkBilling(input, billingMode);
  const definedNames = input.AttributeDefinitions!.map((entry) => entry.AttributeName!);
  const keys = parseKeySchema(input.KeySchema!, definedNames);
  const indexes = [
    ...parseLocalIndexes(input.LocalSecondaryIndexes, keys, definedNames),
    ...parseGlobalIndexes(input.GlobalSecondaryIndexes, definedNames, billingMode),
  ];
  checkDuplicateIndexNames(indexes);
  checkUnusedDefinitions(definedNames, keys, indexes);
  return {
    name: input.TableName!,
    tableId: randomUUID(),
    keys,
    attributeDefinitions: input.AttributeDefinitions!.map((entry) => ({
      AttributeName: entry.AttributeName!,
      AttributeType: entry.AttributeType as ScalarAttributeType,
    })),
    billingMode,
    provisionedThroughput:
      billingMode === 'PROVISIONED'
        ? {
            ReadCapacityUnits: Number(input.ProvisionedThroughput!.ReadCapacityUnits),
            WriteCapacityUnits: Number(input.ProvisionedThroughput!.WriteCapacityUnits),
          }
        : undefined,
    indexes,
    createdAtMs: nowMs,
    streamSpecification: input.StreamSpecification as Record<string, unknown> | undefined,
    deletionProtectionEnabled: input.DeletionProtectionEnabled,
    tableClass: input.TableClass,
  };
}

function checkConstraints(input: CreateTableInput): void {
  const check = new ConstraintCheck()
    .notNull(input.AttributeDefinitions, 'attributeDefinitions')
    .resourceName(input.TableName, 'tableName')
    .notNull(input.KeySchema, 'keySchema')
    .length(input.KeySchema, 'keySchema', 1, 2)
    .oneOf(input.BillingMode, 'billingMode', ['PROVISIONED', 'PAY_PER_REQUEST']);
  input.AttributeDefinitions?.forEach((entry, i) => {
    check
      .notNull(entry.AttributeName, `attributeDefinitions.${i + 1}.member.attributeName`)
      .notNull(entry.AttributeType, `attributeDefinitions.${i + 1}.member.attributeType`)
      .oneOf(entry.AttributeType, `attributeDefinitions.${i + 1}.member.attributeType`, ['B', 'N', 'S']);
  });
  input.KeySchema?.forEach((entry, i) => checkKeyElement(check, entry, `keySchema.${i + 1}.member`));
  const throughput = input.ProvisionedThroughput;
  if (throughput) {
    check
      .range(throughput.ReadCapacityUnits, 'provisionedThroughput.readCapacityUnits', 1)
      .range(throughput.WriteCapacityUnits, 'provisionedThroughput.writeCapacityUnits', 1);
  }
  const indexGroups: [string, (LocalSecondaryIndex | GlobalSecondaryIndex)[] | undefined][] = [
    ['localSecondaryIndexes', input.LocalSecondaryIndexes],
    ['globalSecondaryIndexes', input.GlobalSecondaryIndexes],
  ];
  for (const [group, indexes] of indexGroups) {
    indexes?.forEach((index, i) => {
      const path = `${group}.${i + 1}.member`;
      check
        .resourceName(index.IndexName, `${path}.indexName`)
        .notNull(index.KeySchema, `${path}.keySchema`)
        .length(index.KeySchema, `${path}.keySchema`, 1, 2)
        .notNull(index.Projection, `${path}.projection`)
        .oneOf(index.Projection?.ProjectionType, `${path}.projection.projectionType`, ['ALL', 'KEYS_ONLY', 'INCLUDE']);
      index.KeySchema?.forEach((entry, k) => checkKeyElement(check, entry, `${path}.keySchema.${k + 1}.member`));
    });
  }
  check.throwIfInvalid();
}

function checkKeyElement(check: ConstraintCheck, entry: KeySchemaElement, path: string): void {
  check
    .notNull(entry.AttributeName, `${path}.attributeName`)
    .notNull(entry.KeyType, `${path}.keyType`)
    .oneOf(entry.KeyType, `${path}.keyType`, ['HASH', 'RANGE']);
}

function checkBilling(input: CreateTableInput, billingMode: string): void {
  const throughput = input.ProvisionedThroughput;
  if (billingMode === 'PAY_PER_REQUEST') {
    if (throughput) {
      throw validationError(`${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST`);
    }
  } else if (!throughput?.ReadCapacityUnits || !throughput.WriteCapacityUnits) {
    throw validationError(`${INVALID}ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED`);
  }
}

/** Checks a table's or index's KeySchema and returns its key names. */
function parseKeySchema(schema: KeySchemaElement[], definedNames: string[]): KeyNames {
  const names = schema.map((entry) => entry.AttributeName!);
  if (names.length > definedNames.length) throw validationError('Invalid KeySchema: Some index key attribute have no definition');
  if (names.some((name) => !definedNames.includes(name))) {
    throw validationError(
      `${INVALID}Some index key attributes are not defined in AttributeDefinitions. ` +
        `Keys: [${names.join(', ')}], AttributeDefinitions: [${definedNames.join(', ')}]`,
    );
  }
  if (names.length === 2 && names[0] === names[1]) {
    throw validationError('Both the Hash Key and the Range Key element in the KeySchema have the same name');
  }
  if (schema[0].KeyType !== 'HASH') throw validationError('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
  if (schema[1] && schema[1].KeyType !== 'RANGE') {
    throw validationError('Invalid KeySchema: The second KeySchemaElement is not a RANGE key type');
  }
  return schema[1] ? { partitionKey: names[0], sortKey: names[1] } : { partitionKey: names[0] };
}

function parseProjection(index: LocalSecondaryIndex | GlobalSecondaryIndex): IndexDefinition['projection'] {
  const type = index.Projection!.ProjectionType as ProjectionType | undefined;
  if (!type) throw validationError(`${INVALID}Unknown ProjectionType: null`);
  const nonKey = index.Projection!.NonKeyAttributes;
  if (nonKey && type !== 'INCLUDE') throw validationError(`${INVALID}ProjectionType is ${type}, but NonKeyAttributes is specified`);
  return type === 'INCLUDE' ? { type, nonKeyAttributes: [...(nonKey ?? [])] } : { type };
}

function parseLocalIndexes(indexes: LocalSecondaryIndex[] | undefined, table: KeyNames, definedNames: string[]): IndexDefinition[] {
  if (!indexes) return [];
  if (indexes.length === 0) throw validationError(`${INVALID}List of LocalSecondaryIndexes is empty`);
  if (!table.sortKey) {
    throw validationError(`${INVALID}Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex`);
  }
  if (indexes.length > 5) throw validationError(`${INVALID}Number of LocalSecondaryIndexes exceeds per-table limit of 5`);
  return indexes.map((index) => {
    const keys = parseKeySchema(index.KeySchema!, definedNames);
    if (!keys.sortKey) throw validationError(`${INVALID}Index KeySchema does not have a range key for index: ${index.IndexName}`);
    if (keys.partitionKey !== table.partitionKey) {
      throw validationError(
        `${INVALID}Index KeySchema does not have the same leading hash key as table KeySchema for index: ` +
          `${index.IndexName}. index hash key: ${keys.partitionKey}, table hash key: ${table.partitionKey}`,
      );
    }
    return { name: index.IndexName!, kind: 'local', keys, projection: parseProjection(index) };
  });
}

function parseGlobalIndexes(
  indexes: GlobalSecondaryIndex[] | undefined,
  definedNames: string[],
  billingMode: string,
): IndexDefinition[] {
  if (!indexes) return [];
  if (indexes.length === 0) throw validationError(`${INVALID}List of GlobalSecondaryIndexes is empty`);
  if (indexes.length > 20) throw validationError(`${INVALID}GlobalSecondaryIndex count exceeds the per-table limit of 20`);
  return indexes.map((index) => parseGlobalIndex(index, definedNames, billingMode));
}

/** One GSI of CreateTable or of UpdateTable's Create action. */
export function parseGlobalIndex(index: GlobalSecondaryIndex, definedNames: string[], billingMode: string): IndexDefinition {
  const keys = parseKeySchema(index.KeySchema!, definedNames);
  const projection = parseProjection(index);
  const throughput = index.ProvisionedThroughput;
  if (billingMode === 'PAY_PER_REQUEST' && throughput) {
    throw validationError(
      `${INVALID}ProvisionedThroughput should not be specified for index: ${index.IndexName} when BillingMode is PAY_PER_REQUEST`,
    );
  }
  if (billingMode === 'PROVISIONED' && !throughput) {
    throw validationError(`${INVALID}ProvisionedThroughput must be specified for index: ${index.IndexName}`);
  }
  return {
    name: index.IndexName!,
    kind: 'global',
    keys,
    projection,
    provisionedThroughput: throughput
      ? { ReadCapacityUnits: Number(throughput.ReadCapacityUnits), WriteCapacityUnits: Number(throughput.WriteCapacityUnits) }
      : undefined,
  };
}

function checkDuplicateIndexNames(indexes: IndexDefinition[]): void {
  const seen = new Set<string>();
  for (const index of indexes) {
    if (seen.has(index.name)) throw validationError(`${INVALID}Duplicate index name: ${index.name}`);
    seen.add(index.name);
  }
}

function checkUnusedDefinitions(definedNames: string[], table: KeyNames, indexes: IndexDefinition[]): void {
  const used = new Set([table, ...indexes.map((index) => index.keys)].flatMap((keys) => [keys.partitionKey, keys.sortKey ?? []].flat()));
  if (definedNames.every((name) => used.has(name)) && new Set(definedNames).size === definedNames.length) return;
  if (indexes.length === 0) {
    throw validationError(`${INVALID}Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions`);
  }
  throw validationError(
    `${INVALID}Some AttributeDefinitions are not used. AttributeDefinitions: [${definedNames.join(', ')}], keys used: [${[...used].join(', ')}]`,
  );
}
