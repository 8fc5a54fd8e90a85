import type { ListTablesInput } from '@aws-sdk/client-dynamodb';
import type { Operation } from '../operation-context';
import { validationError } from '../errors';
import { checkLimit } from '../reads/limit';
import { ConstraintCheck } from '../schema/constraints';

const MAX_PAGE = 100;

/** ListTables: names in sorted order, paged by Limit and ExclusiveStartTableName. */
export const listTables: Operation<ListTablesInput, ListTablesInput> = {
  check: (input) => {
    checkLimit(input.Limit);
    if (input.Limit !== undefined && input.Limit > MAX_PAGE) throw validationError('Limit in ListTables must be <= 100');
    new ConstraintCheck().resourceName(input.ExclusiveStartTableName, false).throwIfInvalid();
    return input;
  },
  run: (input, { database }) => {
    const names = database.names();
    const start = input.ExclusiveStartTableName ? names.findIndex((name) => name > input.ExclusiveStartTableName!) : 0;
    const remaining = start < 0 ? [] : names.slice(start);
    const page = remaining.slice(0, input.Limit ?? MAX_PAGE);
    const output: Record<string, unknown> = { TableNames: page };
    if (page.length < remaining.length) output.LastEvaluatedTableName = page[page.length - 1];
    return output;
  },
};
