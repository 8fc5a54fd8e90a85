import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { KeyAttributeType, StreamViewType, Table } from '../model/table';

/**
 * CreateTable input from the table definition, on-demand billing unless told otherwise. Key
 * attributes written from key templates are strings; the attributes of a multi-attribute index
 * key have the types in `keyTypes` (see `indexKeyTypes`).
 */
export function buildCreateTableInput(
  table: Table,
  tableName: string,
  billing: { mode: 'PAY_PER_REQUEST' } | { mode: 'PROVISIONED'; read: number; write: number } = {
    mode: 'PAY_PER_REQUEST',
  },
  keyTypes: Readonly<Record<string, KeyAttributeType>> = {},
  stream: StreamViewType | undefined = table.stream,
): CreateTableCommandInput {
  const attributes = new Map<string, KeyAttributeType>();
  const keySchema = (names: { partitionKey: string[]; sortKey: string[] }) => {
    for (const name of [...names.partitionKey, ...names.sortKey]) {
      attributes.set(name, keyTypes[name] ?? 'S');
    }
    return [
      ...names.partitionKey.map((AttributeName) => ({ AttributeName, KeyType: 'HASH' as const })),
      ...names.sortKey.map((AttributeName) => ({ AttributeName, KeyType: 'RANGE' as const })),
    ];
  };
  const throughput =
    billing.mode === 'PROVISIONED'
      ? {
          ProvisionedThroughput: {
            ReadCapacityUnits: billing.read,
            WriteCapacityUnits: billing.write,
          },
        }
      : {};
  const input: CreateTableCommandInput = {
    TableName: tableName,
    KeySchema: keySchema(table.keySchema()),
    AttributeDefinitions: [],
    BillingMode: billing.mode,
    ...throughput,
  };
  const globals = [];
  const locals = [];
  for (const [IndexName, index] of Object.entries(table.indexes)) {
    const KeySchema = keySchema(table.keySchema(IndexName));
    const projection = table.projectionOf(IndexName);
    const Projection =
      projection === 'ALL'
        ? { ProjectionType: 'ALL' as const }
        : { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: projection };
    if (index.type === 'local') locals.push({ IndexName, KeySchema, Projection });
    else globals.push({ IndexName, KeySchema, Projection, ...throughput });
  }
  if (stream) input.StreamSpecification = { StreamEnabled: true, StreamViewType: stream };
  if (globals.length) input.GlobalSecondaryIndexes = globals;
  if (locals.length) input.LocalSecondaryIndexes = locals;
  input.AttributeDefinitions = [...attributes].map(([AttributeName, AttributeType]) => ({
    AttributeName,
    AttributeType,
  }));
  return input;
}
