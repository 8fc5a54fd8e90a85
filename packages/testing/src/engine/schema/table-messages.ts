/**
 * Table-level validation messages. The engine is checked against DynamoDB Local, so these are
 * DynamoDB Local's texts (DynamoDB itself words several of them differently).
 */
export const tableMessages = {
  invalidName:
    "Invalid table/index name.  Table/index names must be between 3 and 255 characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'",
  noKeySchema: 'No defined key schema.  A key schema containing at least a hash key must be defined for all tables',
  keySchemaTooBig: 'Key Schema too big.  Key Schema must at most consist of the hash and range key of a table',
  sameKeyNames: 'Two keys can not have the same name',
  missingAttributeName: 'Attribute name must be specified.',
  invalidKeySchemaElement: 'Key schema element is invalid.',
  missingKeyType: 'One or more keys is not specified as being hash or range.',
  tooManyPartitionKeys: 'Too many partition keys. GSI can have at most 4 partition keys',
  tooManySortKeys: 'Too many sort keys. GSI can have at most 4 sort keys',
  noHashKey: 'No Hash Key specified in schema.  All Dynamo DB tables must have exactly one hash key',
  tooManyHashKeys: 'Too many hash keys specified.  All Dynamo DB tables must have exactly one hash key',
  invalidAttributeType: 'Member must satisfy enum value set: [B, N, S]',
  duplicateAttribute: 'Cannot have two attributes with the same name',
  hashKeyUndefined: 'Hash Key not specified in Attribute Definitions.  Type unknown.',
  rangeKeyUndefined: 'Range Key not specified in Attribute Definitions.  Type unknown.',
  attributeUndefined: (name: string) => `Attribute ${name} is not defined in AttributeDefinitions`,
  unusedAttributes:
    'The number of attributes in key schema must match the number of attributes defined in attribute definitions.',
  noThroughput: 'No provisioned throughput specified for the table',
  throughputTooLow: 'Table read and write throughput must be at least 1, and cannot be null',
  /** DynamoDB's text: DynamoDB Local accepts the request (a documented Local limitation). */
  throughputWithPayPerRequest:
    'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST',
  indexNoThroughput: 'No provisioned throughput specified for the global secondary index',
  localIndexOnHashTable: 'Local Secondary indices are not allowed on hash tables, only hash and range tables',
  localIndexNoRange: 'Local secondary indices must have a range key',
  localIndexOtherHash: 'Local Secondary indices must have the same hash key as the main table',
  emptyGlobalIndexes: 'GSI list is empty/invalid',
  emptyLocalIndexes: 'LSI list is empty/invalid',
  duplicateGlobalIndex: 'Two global secondary indices have the same name',
  duplicateLocalIndex: 'Two local secondary indices have the same name',
  nonKeyAttributesWithoutInclude: 'No attributes should be specified to be projected unless projection type is INCLUDE',
  includeWithoutNonKeyAttributes:
    'If Projection type INCLUDE is specified, some non-key attributes to include in the projection must be specified as well',
  missingProjection: 'Indexes must have a projection specified',
  invalidProjectionType: 'Projection type must be INCLUDE, ALL, or KEYS_ONLY',
  tooManyLocalIndexes: 'Cannot have more than 5 local secondary indexes per table',
  tooManyGlobalIndexes: 'GlobalSecondaryIndex count exceeds the per-table limit',
  keyOrder: 'Invalid key order. Hash Key must be specified first in key schema, Range Key must be specifed second',
  indexExists: 'Attempting to create an index which already exists',
  tableExists: 'Cannot create preexisting table',
  nothingToUpdate: 'Nothing to update',
  nullIndexUpdate: 'Update global secondary index action is null',
  throughputUnchanged: 'The requested throughput value equals the current value',
  oneUpdatePerIndex: 'Only one global secondary index update per index is allowed simultaneously.',
  noAttributeSchema: 'No Attribute Schema Defined',
};

const NAME_PATTERN = /^[a-zA-Z0-9_.-]{3,255}$/;

/** Whether a table or index name is acceptable (3..255 of [a-zA-Z0-9_.-]). */
export function isValidResourceName(name: unknown): name is string {
  return typeof name === 'string' && NAME_PATTERN.test(name);
}
