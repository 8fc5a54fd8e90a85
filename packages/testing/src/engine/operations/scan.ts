import type { ScanInput } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { evaluateCondition, type ConditionAst } from '../expressions';
import type { Operation } from '../operation-context';
import { parseAttributeSelection, type AttributeSelection } from '../reads/attribute-selection';
import { entryResolver } from '../reads/entry-resolver';
import { checkIndexProjection } from '../reads/index-projection-check';
import { renderPage } from '../reads/page-output';
import { parseReadFilter } from '../reads/read-filter';
import { readPage } from '../reads/read-page';
import { fetchesFromTable } from '../reads/table-fetch';
import { resolveReadTarget } from '../reads/read-target';
import { scanEntries } from '../reads/scan-entries';
import { checkLimit } from '../reads/limit';
import { resolveSelectMode } from '../reads/select-mode';
import { startKeyValues, validateStartKey } from '../reads/start-key';
import { checkSelect, RETURN_CONSUMED_CAPACITY } from '../requests/common-parameters';
import { startExpressionUsage } from '../requests/expression-usage';
import { conditionPaths } from '../requests/document-paths';
import { checkKeyPaths } from '../requests/key-paths';
import { checkLegacyParameters } from '../requests/legacy';
import { ConstraintCheck } from '../schema/constraints';
import type { Item } from '../values';

interface CheckedScan {
  input: ScanInput;
  filter?: ConditionAst;
  selection: AttributeSelection;
  startKey?: Item;
}

export const scan: Operation<ScanInput, CheckedScan> = {
  check: (input) => {
    new ConstraintCheck()
      .resourceName(input.TableName)
      .resourceName(input.IndexName, false)
      .oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
      .range(input.TotalSegments, 'totalSegments', 1, 1000000)
      .range(input.Segment, 'segment', 0, input.TotalSegments !== undefined ? input.TotalSegments - 1 : 999999)
      .length(input.AttributesToGet, 'attributesToGet', 1)
      .throwIfInvalid();
    checkLimit(input.Limit);
    checkSelect(input.Select);
    checkSegments(input);
    checkLegacyParameters(input, ['AttributesToGet', 'ScanFilter', 'ConditionalOperator'], ['ProjectionExpression', 'FilterExpression']);
    const usage = startExpressionUsage(
      input,
      { FilterExpression: input.FilterExpression, ProjectionExpression: input.ProjectionExpression },
      ['FilterExpression'],
    );
    const filter = parseReadFilter(input.FilterExpression, input.ScanFilter, input.ConditionalOperator, usage);
    const selection = parseAttributeSelection(input, usage);
    usage.finish();
    return { input, filter, selection, startKey: startKeyValues(input.ExclusiveStartKey) };
  },
  run: ({ input, filter, selection, startKey }, { database, clock }) => {
    const table = database.table(input.TableName!);
    const target = resolveReadTarget(table, input.IndexName, input.ConsistentRead);
    checkKeyPaths(table.definition, filter ? conditionPaths(filter) : [], selection.paths ?? []);
    const select = resolveSelectMode(input, selection, target);
    checkIndexProjection(target, selection, filter, 'Scan');
    const page = readPage({
      entries: scanEntries(target.store, {
        segment: input.Segment,
        totalSegments: input.TotalSegments,
        after: validateStartKey(target, startKey),
      }),
      limit: input.Limit,
      resolve: entryResolver(target, clock.nowMs()),
      accept: (item) => !filter || evaluateCondition(filter, item),
    });
    table.purge(page.expired);
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

function checkSegments(input: ScanInput): void {
  const { Segment: segment, TotalSegments: total } = input;
  if (segment !== undefined && total === undefined) {
    throw validationError('If segment is specified, total segment must also be specified');
  }
  if (total !== undefined && segment === undefined) {
    throw validationError(
      'If total segments is specified, a particular segment must also be specified for this request',
    );
  }
}
