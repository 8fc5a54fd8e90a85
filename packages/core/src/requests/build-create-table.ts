import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { Table } from '../model/table';

/**
 * CreateTable input from the table definition: key attributes are strings (key templates
 * always render strings), on-demand billing unless told otherwise.
 */
export function buildCreateTableInput(
  table: Table,
  tableName: string,
  billing: { mode: 'PAY_PER_REQUEST' } | { mode: 'PROVISIONED'; read: number; write: number } = {
    mode: 'PAY_PER_REQUEST',
  },
): CreateTableCommandInput {
  const attributes = new Set<string>();
  const keySchema = (partitionKey: string, sortKey?: string) => {
    attributes.add(partitionKey);
    if (sortKey) attributes.add(sortKey);
    return [
      { AttributeName: partitionKey, KeyType: 'HASH' as const },
      ...(sortKey ? [{ AttributeName: sortKey, KeyType: 'RANGE' as const }] : []),
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
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    AttributeDefinitions: [],
    BillingMode: billing.mode,
    ...throughput,
  };
  const globals = [];
  const locals = [];
  for (const [IndexName, index] of Object.entries(table.indexes)) {
    const projection = index.projection ?? 'ALL';
    const Projection =
      typeof projection === 'string'
        ? { ProjectionType: projection }
        : { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...projection] };
    const KeySchema = keySchema(index.partitionKey, index.sortKey);
    if (index.type === 'local') locals.push({ IndexName, KeySchema, Projection });
    else globals.push({ IndexName, KeySchema, Projection, ...throughput });
  }
  if (globals.length) input.GlobalSecondaryIndexes = globals;
  if (locals.length) input.LocalSecondaryIndexes = locals;
  input.AttributeDefinitions = [...attributes].map((AttributeName) => ({
    AttributeName,
    AttributeType: 'S' as const,
  }));
  return input;
}
