import type { AttributeDefinition, UpdateTableInput } from '@aws-sdk/client-dynamodb';
import { EngineError, validationError } from '../errors';
import { javaHashOrder } from '../expressions/java-hash-order';
import type { OperationHandler } from '../operation-context';
import { describeGlobalIndex, describeTable, indexArn } from '../schema/describe-table';
import { parseGlobalIndex, parseThroughput } from '../schema/parse-table-definition';
import { keyAttributeNames, type ScalarAttributeType, type TableDefinition } from '../schema/table-definition';
import { isValidResourceName, tableMessages } from '../schema/table-messages';
import type { TableState } from '../state/table-state';

const UNLIMITED_ON_DEMAND = { MaxReadRequestUnits: -1, MaxWriteRequestUnits: -1 };

/**
 * UpdateTable: billing mode and throughput, GSI creation (back-filled from the existing items
 * at once) and deletion. The response shows a new index as CREATING and a dropped one as
 * DELETING, as DynamoDB's does; the change itself is complete when the call returns.
 */
export const updateTable: OperationHandler<UpdateTableInput> = (input, { database, clock }) => {
  if (!isValidResourceName(input.TableName)) throw validationError(tableMessages.invalidName);
  const table = database.table(input.TableName);
  const updates = input.GlobalSecondaryIndexUpdates ?? [];
  const hasChange =
    input.BillingMode !== undefined ||
    input.ProvisionedThroughput !== undefined ||
    updates.length > 0 ||
    input.StreamSpecification !== undefined ||
    input.DeletionProtectionEnabled !== undefined ||
    input.TableClass !== undefined;
  if (!hasChange) throw validationError(tableMessages.nothingToUpdate);
  if (updates.filter((update) => update.Create || update.Delete).length > 1) {
    throw new EngineError(
      'LimitExceededException',
      'Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table',
    );
  }
  applyBilling(table, input, clock.nowMs());

  const definitions = mergeDefinitions(table.definition, input.AttributeDefinitions ?? []);
  const created: string[] = [];
  const deleted: Record<string, unknown>[] = [];
  for (const update of updates) {
    if (update.Create) {
      if (table.indexes.has(update.Create.IndexName!)) {
        throw validationError(tableMessages.indexExists);
      }
      table.definition = { ...table.definition, attributeDefinitions: definitions };
      const index = parseGlobalIndex(update.Create, definitions as AttributeDefinition[], table.definition.billingMode);
      if (table.definition.billingMode === 'PAY_PER_REQUEST') index.onDemandThroughput = UNLIMITED_ON_DEMAND;
      table.addIndex(index);
      created.push(update.Create.IndexName!);
    } else if (update.Delete) {
      const index = table.indexes.get(update.Delete.IndexName!);
      if (!index) throw new EngineError('ResourceNotFoundException', 'Requested resource not found');
      deleted.push({ ...describeGlobalIndex(index, table.name), IndexStatus: 'DELETING' });
      table.removeIndex(index.name);
    } else if (update.Update) {
      updateIndexThroughput(table, update.Update.IndexName!, update.Update.ProvisionedThroughput);
    }
  }
  if (created.length > 0 || deleted.length > 0) {
    table.definition = { ...table.definition, attributeDefinitions: usedDefinitionsInHashOrder(table.definition, definitions) };
  }
  if (input.DeletionProtectionEnabled !== undefined) {
    table.definition = { ...table.definition, deletionProtectionEnabled: input.DeletionProtectionEnabled };
  }
  return { TableDescription: withIndexChanges(describeTable(table), table.name, created, deleted) };
};

function applyBilling(table: TableState, input: UpdateTableInput, nowMs: number): void {
  const billingMode = input.BillingMode ?? table.definition.billingMode;
  if (input.BillingMode === undefined && input.ProvisionedThroughput === undefined) return;
  const throughput =
    billingMode === 'PROVISIONED'
      ? parseThroughput(input.ProvisionedThroughput ?? table.definition.provisionedThroughput, billingMode)
      : parseThroughput(input.ProvisionedThroughput, billingMode);
  const switchedToOnDemand = billingMode === 'PAY_PER_REQUEST' && table.definition.billingMode !== 'PAY_PER_REQUEST';
  table.definition = {
    ...table.definition,
    billingMode,
    provisionedThroughput: throughput,
    payPerRequestSinceMs: switchedToOnDemand ? nowMs : table.definition.payPerRequestSinceMs,
  };
}

function updateIndexThroughput(table: TableState, name: string, throughput: UpdateTableInput['ProvisionedThroughput']): void {
  const index = table.definition.indexes.find((candidate) => candidate.name === name);
  if (!index) throw new EngineError('ResourceNotFoundException', 'Requested resource not found');
  if (!throughput) return;
  // In place, because the index's SecondaryIndex shares this object; then a new table definition,
  // so that the change is reported like any other (StateChange, journaled by --persist).
  index.provisionedThroughput = parseThroughput(throughput, 'PROVISIONED', true);
  table.definition = { ...table.definition };
}

function mergeDefinitions(definition: TableDefinition, added: AttributeDefinition[]): TableDefinition['attributeDefinitions'] {
  const merged = definition.attributeDefinitions.map((entry) => ({ ...entry }));
  for (const entry of added) {
    if (!merged.some((candidate) => candidate.AttributeName === entry.AttributeName)) {
      merged.push({ AttributeName: entry.AttributeName!, AttributeType: entry.AttributeType as ScalarAttributeType });
    }
  }
  return merged;
}

/** DynamoDB Local rebuilds the definitions through a Java HashMap, dropping unused ones. */
function usedDefinitionsInHashOrder(
  definition: TableDefinition,
  all: TableDefinition['attributeDefinitions'],
): TableDefinition['attributeDefinitions'] {
  const used = new Set([definition.keys, ...definition.indexes.map((index) => index.keys)].flatMap(keyAttributeNames));
  const byName = new Map(all.filter((entry) => used.has(entry.AttributeName)).map((entry) => [entry.AttributeName, entry]));
  return javaHashOrder([...byName.keys()]).map((name) => byName.get(name)!);
}

function withIndexChanges(
  description: Record<string, unknown>,
  tableName: string,
  created: string[],
  deleted: Record<string, unknown>[],
): Record<string, unknown> {
  if (created.length === 0 && deleted.length === 0) return description;
  const indexes = ((description.GlobalSecondaryIndexes as Record<string, unknown>[] | undefined) ?? []).map((index) => {
    if (!created.includes(index.IndexName as string)) return index;
    const { IndexSizeBytes: _size, ItemCount: _count, ...rest } = index;
    return {
      ...rest,
      IndexStatus: 'CREATING',
      Backfilling: false,
      IndexArn: indexArn(tableName, index.IndexName as string),
    };
  });
  const all = [...indexes, ...deleted];
  const byName = new Map(all.map((index) => [index.IndexName as string, index]));
  return { ...description, GlobalSecondaryIndexes: javaHashOrder([...byName.keys()]).map((name) => byName.get(name)!) };
}
