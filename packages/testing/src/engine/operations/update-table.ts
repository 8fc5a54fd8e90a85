import type { AttributeDefinition, UpdateTableInput } from '@aws-sdk/client-dynamodb';
import { EngineError, validationError } from '../errors';
import { ConstraintCheck } from '../schema/constraints';
import { javaHashOrder } from '../expressions/java-hash-order';
import type { Operation } from '../operation-context';
import { describeGlobalIndex, describeTable, indexArn } from '../schema/describe-table';
import { checkKeySchemaTypes, parseGlobalIndex, parseIndexKeySchema, parseProjection, parseThroughput } from '../schema/parse-table-definition';
import {
  keyAttributeNames,
  type IndexDefinition,
  type ProvisionedThroughputSettings,
  type ScalarAttributeType,
  type TableDefinition,
} from '../schema/table-definition';
import { isValidResourceName, tableMessages } from '../schema/table-messages';
import { checkStreamSpecification, updatedStream } from '../streams/parse-stream-specification';

const UNLIMITED_ON_DEMAND = { MaxReadRequestUnits: -1, MaxWriteRequestUnits: -1 };
const INDEX_NOT_FOUND = 'Requested resource not found';

/**
 * UpdateTable: billing mode and throughput, streams (enable, disable), GSI creation (back-filled from the existing items
 * at once) and deletion. The response shows a new index as CREATING and a dropped one as
 * DELETING, as DynamoDB's does; the change itself is complete when the call returns. Nothing
 * changes unless the whole request is valid.
 */
export const updateTable: Operation<UpdateTableInput, UpdateTableInput> = {
  check: (input) => {
    if (!isValidResourceName(input.TableName)) throw validationError(tableMessages.invalidName);
    const updates = input.GlobalSecondaryIndexUpdates ?? [];
    const keyTypes = new ConstraintCheck();
    updates.forEach((update, position) =>
      checkKeySchemaTypes(keyTypes, update?.Create?.KeySchema, `globalSecondaryIndexUpdates.${position + 1}.member.create.keySchema`),
    );
    keyTypes.throwIfInvalid();
    checkStreamSpecification(input.StreamSpecification);
    const hasChange =
      input.BillingMode !== undefined ||
      input.ProvisionedThroughput !== undefined ||
      updates.length > 0 ||
      input.StreamSpecification !== undefined ||
      input.DeletionProtectionEnabled !== undefined ||
      input.TableClass !== undefined;
    if (!hasChange) throw validationError(tableMessages.nothingToUpdate);
    if (updates.some((update) => !update?.Create && !update?.Update && !update?.Delete)) throw validationError(tableMessages.nullIndexUpdate);
    const indexNames = updates.map((update) => (update.Create ?? update.Update ?? update.Delete)?.IndexName).filter((name) => name !== undefined);
    if (new Set(indexNames).size !== indexNames.length) throw validationError(tableMessages.oneUpdatePerIndex);
    for (const update of updates) {
      if (!update.Create) continue;
      parseIndexKeySchema(update.Create, 'global');
      parseProjection(update.Create);
    }
    return input;
  },
  run: (input, { database, clock }) => {
    const table = database.table(input.TableName!);
    const updates = input.GlobalSecondaryIndexUpdates ?? [];
    if (updates.filter((update) => update.Create || update.Delete).length > 1) {
      throw new EngineError(
        'LimitExceededException',
        'Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table',
      );
    }
    const billed = withBilling(table.definition, input, clock.nowMs());
    const definitions = mergeDefinitions(table.definition, input.AttributeDefinitions ?? []);
    const created: IndexDefinition[] = [];
    const deleted: string[] = [];
    const throughputs = new Map<string, ProvisionedThroughputSettings>();
    for (const update of updates) {
      if (update.Create) {
        if (table.indexes.has(update.Create.IndexName!)) throw validationError(tableMessages.indexExists);
        if (!input.AttributeDefinitions?.length) throw validationError(tableMessages.noAttributeSchema);
        const index = parseGlobalIndex(update.Create, definitions as AttributeDefinition[], billed.billingMode);
        if (billed.billingMode === 'PAY_PER_REQUEST') index.onDemandThroughput = UNLIMITED_ON_DEMAND;
        created.push(index);
      } else if (update.Delete) {
        if (!table.indexes.has(update.Delete.IndexName!)) throw new EngineError('ResourceNotFoundException', INDEX_NOT_FOUND);
        deleted.push(update.Delete.IndexName!);
      } else if (update.Update) {
        if (!table.indexes.has(update.Update.IndexName!)) {
          // DynamoDB's own answer (DynamoDB Local fails with HTTP 500 here).
          throw new EngineError(
            'ResourceNotFoundException',
            `${INDEX_NOT_FOUND}: Index ${update.Update.IndexName} for table ${input.TableName}`,
          );
        }
        const throughput = update.Update.ProvisionedThroughput;
        if (!throughput) continue;
        const parsed = parseThroughput(throughput, 'PROVISIONED', true)!;
        checkThroughputChanges(table.indexes.get(update.Update.IndexName!)!.definition.provisionedThroughput, parsed);
        throughputs.set(update.Update.IndexName!, parsed);
      }
    }
    const stream = input.StreamSpecification
      ? updatedStream(table.definition.stream, input.StreamSpecification, clock.nowMs())
      : table.definition.stream;
    const deletedDescriptions = deleted.map((name) => ({ ...describeGlobalIndex(table.indexes.get(name)!, table.name), IndexStatus: 'DELETING' }));
    table.definition = {
      ...billed,
      indexes: billed.indexes.map((index) =>
        throughputs.has(index.name) ? Object.assign(index, { provisionedThroughput: throughputs.get(index.name) }) : index,
      ),
      ...(input.DeletionProtectionEnabled !== undefined ? { deletionProtectionEnabled: input.DeletionProtectionEnabled } : {}),
      ...(stream ? { stream } : {}),
      ...(created.length > 0 ? { attributeDefinitions: definitions } : {}),
    };
    for (const index of created) table.addIndex(index);
    for (const name of deleted) table.removeIndex(name);
    if (created.length > 0 || deleted.length > 0) {
      table.definition = { ...table.definition, attributeDefinitions: usedDefinitionsInHashOrder(table.definition, definitions) };
    }
    const description = withIndexChanges(describeTable(table), table.name, created.map((index) => index.name), deletedDescriptions);
    return { TableDescription: description };
  },
};

/** The definition with the request's billing mode and throughput applied (checked). */
function withBilling(definition: TableDefinition, input: UpdateTableInput, nowMs: number): TableDefinition {
  const billingMode = input.BillingMode ?? definition.billingMode;
  if (input.BillingMode === undefined && input.ProvisionedThroughput === undefined) return definition;
  const throughput =
    billingMode === 'PROVISIONED'
      ? parseThroughput(input.ProvisionedThroughput ?? definition.provisionedThroughput, billingMode)
      : parseThroughput(input.ProvisionedThroughput, billingMode);
  if (definition.billingMode === 'PROVISIONED' && input.ProvisionedThroughput) checkThroughputChanges(definition.provisionedThroughput, throughput);
  const switchedToOnDemand = billingMode === 'PAY_PER_REQUEST' && definition.billingMode !== 'PAY_PER_REQUEST';
  return {
    ...definition,
    billingMode,
    provisionedThroughput: throughput,
    payPerRequestSinceMs: switchedToOnDemand ? nowMs : definition.payPerRequestSinceMs,
  };
}

/** DynamoDB refuses a throughput update that changes nothing. */
function checkThroughputChanges(current: ProvisionedThroughputSettings | undefined, requested: ProvisionedThroughputSettings | undefined): void {
  const unchanged =
    current !== undefined &&
    requested !== undefined &&
    current.ReadCapacityUnits === requested.ReadCapacityUnits &&
    current.WriteCapacityUnits === requested.WriteCapacityUnits;
  if (unchanged) throw validationError(tableMessages.throughputUnchanged);
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
