import type { KeySchemaElement } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import type { KeyNames } from './table-definition';
import { tableMessages } from './table-messages';

/** Checks a table's or index's KeySchema (one HASH, at most one RANGE) and returns its key names. */
export function parseKeySchema(schema: KeySchemaElement[] | undefined): KeyNames {
  if (!schema || schema.length === 0) throw validationError(tableMessages.noKeySchema);
  if (schema.length > 2) throw validationError(tableMessages.keySchemaTooBig);
  if (schema.length === 2 && schema[0].AttributeName === schema[1].AttributeName) throw validationError(tableMessages.sameKeyNames);
  const hashes = schema.filter((element) => element.KeyType === 'HASH');
  if (hashes.length === 0) throw validationError(tableMessages.noHashKey);
  if (hashes.length > 1) throw validationError(tableMessages.tooManyHashKeys);
  if (schema[0].KeyType !== 'HASH') throw validationError(tableMessages.keyOrder);
  const range = schema.find((element) => element.KeyType === 'RANGE');
  return range ? { partitionKey: hashes[0].AttributeName!, sortKey: range.AttributeName! } : { partitionKey: hashes[0].AttributeName! };
}
