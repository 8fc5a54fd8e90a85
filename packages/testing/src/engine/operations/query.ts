import type { QueryInput } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import {
  evaluateCondition,
  parseKeyCondition,
  resolveKeyCondition,
  type ConditionAst,
  type ExpressionUsage,
  type KeySchemaNames,
} from '../expressions';
import type { Operation } from '../operation-context';
import { parseAttributeSelection, type AttributeSelection } from '../reads/attribute-selection';
import { entryResolver } from '../reads/entry-resolver';
import { checkIndexProjection } from '../reads/index-projection-check';
import { renderPage } from '../reads/page-output';
import { parseReadFilter } from '../reads/read-filter';
import { readPage } from '../reads/read-page';
import { fetchesFromTable } from '../reads/table-fetch';
import { resolveReadTarget, type ReadTarget } from '../reads/read-target';
import { checkLimit } from '../reads/limit';
import { resolveSelectMode } from '../reads/select-mode';
import { isInclusiveRangeEnd, queryEntries } from '../reads/query-entries';
import { startKeyValues, validateStartKey } from '../reads/start-key';
import { conditionAttributeNames, conditionPaths } from '../requests/document-paths';
import { checkSelect, RETURN_CONSUMED_CAPACITY } from '../requests/common-parameters';
import { startExpressionUsage } from '../requests/expression-usage';
import { checkKeyPaths } from '../requests/key-paths';
import { checkLegacyParameters, conditionsToCondition, hasConditions } from '../requests/legacy';
import { ConstraintCheck } from '../schema/constraints';
import { attributeTypeOf, keyAttributeNames } from '../schema/table-definition';
import type { Item } from '../values';

interface CheckedQuery {
  input: QueryInput;
  keyCondition: ConditionAst;
  filter?: ConditionAst;
  selection: AttributeSelection;
  startKey?: Item;
}

export const query: Operation<QueryInput, CheckedQuery> = {
  check: (input) => {
    new ConstraintCheck()
      .resourceName(input.TableName)
      .resourceName(input.IndexName, false)
      .oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
      .length(input.AttributesToGet, 'attributesToGet', 1)
      .throwIfInvalid();
    checkLimit(input.Limit);
    checkSelect(input.Select);
    // KeyConditions go with ProjectionExpression and FilterExpression, only not with KeyConditionExpression.
    checkLegacyParameters(
      input,
      ['AttributesToGet', 'QueryFilter', 'ConditionalOperator'],
      ['ProjectionExpression', 'KeyConditionExpression', 'FilterExpression'],
    );
    checkLegacyParameters(input, ['KeyConditions'], ['KeyConditionExpression']);
    const usage = startExpressionUsage(
      input,
      {
        FilterExpression: input.FilterExpression,
        KeyConditionExpression: input.KeyConditionExpression,
        ProjectionExpression: input.ProjectionExpression,
      },
      ['FilterExpression', 'KeyConditionExpression'],
    );
    const keyCondition = parseQueryKeyCondition(input, usage);
    const filter = parseReadFilter(input.FilterExpression, input.QueryFilter, input.ConditionalOperator, usage);
    const selection = parseAttributeSelection(input, usage);
    usage.finish();
    return { input, keyCondition, filter, selection, startKey: startKeyValues(input.ExclusiveStartKey) };
  },
  run: ({ input, keyCondition, filter, selection, startKey }, { database, clock }) => {
    const table = database.table(input.TableName!);
    const target = resolveReadTarget(table, input.IndexName, input.ConsistentRead);
    checkKeyPaths(table.definition, filter ? conditionPaths(filter) : [], selection.paths ?? []);
    const select = resolveSelectMode(input, selection, target);
    checkIndexProjection(target, selection, filter, 'Query');
    const resolved = resolveKeyCondition(keyCondition, keyConditionSchema(target));
    if (filter) checkFilterAvoidsKeys(filter, target);
    const after = validateStartKey(target, startKey);
    const forward = input.ScanIndexForward !== false;
    const page = readPage({
      entries: queryEntries(target.store, { ...resolved, forward, after }),
      limit: input.Limit,
      resolve: entryResolver(target, clock.nowMs()),
      accept: (item) => !filter || evaluateCondition(filter, item),
    });
    table.purge(page.expired);
    // Only a table's sort key is unique within its partition: an index page ending on the bound may continue.
    const [sortCondition] = resolved.sortConditions;
    if (page.truncated && !target.index && sortCondition && isInclusiveRangeEnd(sortCondition, forward, page.lastEntry?.[target.keys.sortKeys[0]]))
      page.truncated = false;
    return renderPage(page, {
      target,
      select,
      selection,
      fetchedFromTable: fetchesFromTable(target, select, selection),
      consistentRead: input.ConsistentRead,
      returnConsumedCapacity: input.ReturnConsumedCapacity,
    });
  },
};

/** DynamoDB refuses a FilterExpression on the key attributes of what is queried. */
function checkFilterAvoidsKeys(filter: ConditionAst, target: ReadTarget): void {
  const referenced = conditionAttributeNames(filter);
  for (const name of keyAttributeNames(target.keys)) {
    if (referenced.has(name)) {
      throw validationError(
        `Filter Expression can only contain non-primary key attributes: Primary key attribute: ${name}`,
      );
    }
  }
}

/** The key attributes of what is queried, with their types, and the names DynamoDB's messages use. */
function keyConditionSchema({ table, index, keys }: ReadTarget): KeySchemaNames {
  const { definition } = table;
  const withType = (name: string) => ({ name, type: attributeTypeOf(definition, name) });
  return {
    partitionKeys: keys.partitionKeys.map(withType),
    sortKeys: keys.sortKeys.map(withType),
    indexName: index?.name,
    tableKeyNames: keyAttributeNames(definition.keys),
    indexKeyNames: definition.indexes.flatMap((candidate) => keyAttributeNames(candidate.keys)),
  };
}

/** The KeyConditionExpression, or the legacy KeyConditions. */
function parseQueryKeyCondition(input: QueryInput, usage: ExpressionUsage): ConditionAst {
  if (input.KeyConditionExpression !== undefined)
    return parseKeyCondition(input.KeyConditionExpression, usage);
  if (input.KeyConditions) {
    if (!hasConditions(input.KeyConditions)) throw validationError('Conditions must be at least length 1');
    return conditionsToCondition(input.KeyConditions);
  }
  throw validationError(
    'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.',
  );
}
