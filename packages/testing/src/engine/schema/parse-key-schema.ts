import type { KeySchemaElement } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import type { KeyNames } from './table-definition';
import { tableMessages } from './table-messages';

/** A GSI key may have up to four HASH and four RANGE attributes (a multi-attribute key). */
const MAX_GSI_KEY_ATTRIBUTES_PER_KIND = 4;

/**
 * Checks the KeySchema of a table or LSI (one HASH, at most one RANGE) or, with
 * `multiAttribute`, of a GSI (up to four of each, every HASH before every RANGE), in DynamoDB
 * Local's order of checks, and returns its key names.
 */
export function parseKeySchema(schema: KeySchemaElement[] | undefined, multiAttribute = false): KeyNames {
  const maxElements = multiAttribute ? 2 * MAX_GSI_KEY_ATTRIBUTES_PER_KIND : 2;
  if (!schema || schema.length === 0) throw validationError(tableMessages.noKeySchema);
  if (schema.length > maxElements) throw validationError(tableMessages.keySchemaTooBig);
  for (const element of schema) {
    if (element === null) throw validationError(tableMessages.invalidKeySchemaElement);
    if (element.KeyType === undefined) throw validationError(tableMessages.missingKeyType);
    if (element.AttributeName === undefined) throw validationError(tableMessages.missingAttributeName);
  }
  const names = schema.map((element) => element.AttributeName!);
  if (new Set(names).size !== names.length) throw validationError(tableMessages.sameKeyNames);
  const partitionKeys = schema.filter((element) => element.KeyType === 'HASH').map((element) => element.AttributeName!);
  const sortKeys = schema.filter((element) => element.KeyType === 'RANGE').map((element) => element.AttributeName!);
  if (partitionKeys.length === 0) throw validationError(tableMessages.noHashKey);
  if (!multiAttribute) {
    if (partitionKeys.length > 1) throw validationError(tableMessages.tooManyHashKeys);
    if (schema[0].KeyType !== 'HASH') throw validationError(tableMessages.keyOrder);
    return { partitionKeys, sortKeys };
  }
  if (schema.slice(0, partitionKeys.length).some((element) => element.KeyType !== 'HASH')) throw validationError(tableMessages.keyOrder);
  if (partitionKeys.length > MAX_GSI_KEY_ATTRIBUTES_PER_KIND) throw validationError(tableMessages.tooManyPartitionKeys);
  if (sortKeys.length > MAX_GSI_KEY_ATTRIBUTES_PER_KIND) throw validationError(tableMessages.tooManySortKeys);
  return { partitionKeys, sortKeys };
}
