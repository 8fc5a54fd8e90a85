import type { UpdateTableInput } from '@aws-sdk/client-dynamodb';
import { EngineError, validationError } from '../errors';
import type { OperationHandler } from '../operation-context';
import { ConstraintCheck } from '../schema/constraints';
import { describeTable } from '../schema/describe-table';
import { parseGlobalIndex } from '../schema/parse-table-definition';
import { keyAttributeNames, type ScalarAttributeType, type TableDefinition } from '../schema/table-definition';
import type { TableState } from '../state/table-state';

const INVALID = 'One or more parameter values were invalid: ';

/**
 * UpdateTable: billing mode and throughput, and GSI creation (back-filled from the existing
 * items at once; DynamoDB back-fills in the background) and deletion.
 */
export const updateTable: OperationHandler<UpdateTableInput> = (input, { database }) => {
  new ConstraintCheck()
    .resourceName(input.TableName, 'tableName')
    .oneOf(input.BillingMode, 'billingMode', ['PROVISIONED', 'PAY_PER_REQUEST'])
    .throwIfInvalid();
  const table = database.table(input.TableName!);
  const attributeDefinitions = mergeDefinitions(table.definition, input);
  const billingMode = input.BillingMode ?? table.definition.billingMode;
  applyBilling(table, input, billingMode);
  for (const update of input.GlobalSecondaryIndexUpdates ?? []) {
    if (update.Create) {
      if (table.indexes.has(update.Create.IndexName!)) {
        throw validationError(`${INVALID}Table already has an index with name ${update.Create.IndexName}`);
      }
      const names = attributeDefinitions.map((entry) => entry.AttributeName);
      const index = parseGlobalIndex(update.Create, names, billingMode);
      table.definition = { ...table.definition, attributeDefinitions };
      table.addIndex(index);
    } else if (update.Delete) {
      const name = update.Delete.IndexName!;
      if (!table.indexes.has(name)) {
        throw new EngineError('ResourceNotFoundException', `Requested resource not found: Index: ${name} not found`);
      }
      table.removeIndex(name);
    } else if (update.Update) {
      const index = table.definition.indexes.find((candidate) => candidate.name === update.Update!.IndexName);
      if (!index) {
        throw new EngineError('ResourceNotFoundException', `Requested resource not found: Index: ${update.Update.IndexName} not found`);
      }
      const throughput = update.Update.ProvisionedThroughput;
      if (throughput) {
        index.provisionedThroughput = {
          ReadCapacityUnits: Number(throughput.ReadCapacityUnits),
          WriteCapacityUnits: Number(throughput.WriteCapacityUnits),
        };
      }
    }
  }
  table.definition = { ...table.definition, attributeDefinitions: usedDefinitions(table.definition, attributeDefinitions) };
  if (input.DeletionProtectionEnabled !== undefined) {
    table.definition = { ...table.definition, deletionProtectionEnabled: input.DeletionProtectionEnabled };
  }
  return { TableDescription: describeTable(table) };
};

function mergeDefinitions(definition: TableDefinition, input: UpdateTableInput): TableDefinition['attributeDefinitions'] {
  const merged = definition.attributeDefinitions.map((entry) => ({ ...entry }));
  for (const entry of input.AttributeDefinitions ?? []) {
    const existing = merged.find((candidate) => candidate.AttributeName === entry.AttributeName);
    if (existing && existing.AttributeType !== entry.AttributeType) {
      throw validationError(`${INVALID}Cannot change the type of key attribute ${entry.AttributeName}`);
    }
    if (!existing) merged.push({ AttributeName: entry.AttributeName!, AttributeType: entry.AttributeType as ScalarAttributeType });
  }
  return merged;
}

function usedDefinitions(definition: TableDefinition, all: TableDefinition['attributeDefinitions']): TableDefinition['attributeDefinitions'] {
  const used = new Set([definition.keys, ...definition.indexes.map((index) => index.keys)].flatMap(keyAttributeNames));
  return all.filter((entry) => used.has(entry.AttributeName));
}

function applyBilling(table: TableState, input: UpdateTableInput, billingMode: 'PROVISIONED' | 'PAY_PER_REQUEST'): void {
  const throughput = input.ProvisionedThroughput;
  if (billingMode === 'PAY_PER_REQUEST' && throughput) {
    throw validationError(`${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST`);
  }
  if (billingMode === 'PROVISIONED' && table.definition.billingMode === 'PAY_PER_REQUEST' && !throughput) {
    throw validationError(`${INVALID}ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED`);
  }
  table.definition = {
    ...table.definition,
    billingMode,
    provisionedThroughput:
      billingMode === 'PAY_PER_REQUEST'
        ? undefined
        : throughput
          ? { ReadCapacityUnits: Number(throughput.ReadCapacityUnits), WriteCapacityUnits: Number(throughput.WriteCapacityUnits) }
          : table.definition.provisionedThroughput,
  };
}
