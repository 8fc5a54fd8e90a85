import type { AttributeValue, Condition, ExpectedAttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from '../../errors';
import type { ConditionAst, Operand } from '../../expressions';
import { validateAttributeValue } from '../../values';

/**
 * The legacy condition parameters (Expected, QueryFilter, ScanFilter, KeyConditions) turned
 * into the same condition tree that expressions produce, so one evaluator serves both.
 */
export function expectedToCondition(expected: Record<string, ExpectedAttributeValue>, operator: string | undefined): ConditionAst {
  return combine(
    Object.entries(expected).map(([name, entry]) => {
      if (entry === null) throw validationError(`One or more parameter values were invalid: ExpectedAttributeValue must not be null for Attribute: ${name}`);
      return expectedEntry(name, entry);
    }),
    operator,
  );
}

/** QueryFilter, ScanFilter and KeyConditions: attribute → ComparisonOperator + AttributeValueList. */
export function conditionsToCondition(conditions: Record<string, Condition>, operator?: string): ConditionAst {
  return combine(
    Object.entries(conditions).map(([name, condition]) => {
      if (condition === null) throw validationError(`The filter condition for an attribute cannot be null: ${name}`);
      return comparison(name, condition.ComparisonOperator, condition.AttributeValueList ?? []);
    }),
    operator,
  );
}

function expectedEntry(name: string, entry: ExpectedAttributeValue): ConditionAst {
  if (entry.ComparisonOperator !== undefined) {
    const invalid = 'One or more parameter values were invalid:';
    if (entry.Exists !== undefined) throw validationError(`${invalid} Exists and ComparisonOperator cannot be used together for Attribute: ${name}`);
    if (entry.Value !== undefined && entry.AttributeValueList !== undefined) {
      throw validationError(`${invalid} Value and AttributeValueList cannot be used together for Attribute: ${name}`);
    }
    // A Value with a ComparisonOperator is its single argument.
    return comparison(name, entry.ComparisonOperator, entry.AttributeValueList ?? (entry.Value !== undefined ? [entry.Value] : []));
  }
  if (entry.Exists === false) {
    if (entry.Value !== undefined) {
      throw validationError(`One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: ${name}`);
    }
    return { kind: 'function', name: 'attribute_not_exists', args: [path(name)] };
  }
  if (entry.Value === undefined) {
    throw validationError(`One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: ${name}`);
  }
  return { kind: 'compare', operator: '=', left: path(name), right: value(entry.Value) };
}

const COMPARATORS = { EQ: '=', NE: '<>', LT: '<', LE: '<=', GT: '>', GE: '>=' } as const;
const ARGUMENT_COUNTS: Record<string, number | undefined> = {
  EQ: 1, NE: 1, LT: 1, LE: 1, GT: 1, GE: 1, CONTAINS: 1, NOT_CONTAINS: 1, BEGINS_WITH: 1, BETWEEN: 2, NULL: 0, NOT_NULL: 0,
};

function comparison(name: string, operator: string | undefined, values: AttributeValue[]): ConditionAst {
  const operands = values.map(value);
  const expectedCount = ARGUMENT_COUNTS[operator ?? ''];
  const countOk = operator === 'IN' ? values.length >= 1 : expectedCount === values.length;
  if (!countOk) {
    throw validationError(`One or more parameter values were invalid: Invalid number of argument(s) for the ${operator} ComparisonOperator`);
  }
  const attribute = path(name);
  switch (operator) {
    case 'EQ':
    case 'NE':
    case 'LT':
    case 'LE':
    case 'GT':
    case 'GE':
      return { kind: 'compare', operator: COMPARATORS[operator], left: attribute, right: operands[0] };
    case 'NULL':
      return { kind: 'function', name: 'attribute_not_exists', args: [attribute] };
    case 'NOT_NULL':
      return { kind: 'function', name: 'attribute_exists', args: [attribute] };
    case 'CONTAINS':
      return { kind: 'function', name: 'contains', args: [attribute, operands[0]] };
    case 'NOT_CONTAINS':
      return { kind: 'not', condition: { kind: 'function', name: 'contains', args: [attribute, operands[0]] } };
    case 'BEGINS_WITH':
      return { kind: 'function', name: 'begins_with', args: [attribute, operands[0]] };
    case 'BETWEEN':
      return { kind: 'between', operand: attribute, low: operands[0], high: operands[1] };
    case 'IN':
      return { kind: 'in', operand: attribute, list: operands };
    default:
      throw validationError(`1 validation error detected: Value '${operator}' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]`);
  }
}

function combine(conditions: ConditionAst[], operator: string | undefined): ConditionAst {
  const kind = operator === 'OR' ? 'or' : 'and';
  return conditions.reduce((left, right) => ({ kind, left, right }));
}

function path(name: string): Operand {
  return { kind: 'path', path: [{ kind: 'name', name }] };
}

function value(attribute: AttributeValue): Operand {
  return { kind: 'value', value: validateAttributeValue(attribute) };
}
