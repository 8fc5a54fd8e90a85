import type { AttributeResolver } from '../attribute-resolver';
import { InvalidExpressionError } from '../invalid-expression-error';
import { assertInOperandCount } from '../limits';
import {
  createBetweenNode,
  createComparisonNode,
  createInNode,
  createSizeOperand,
  createValueOperand,
  type ComparisonOperator,
  type ConditionNode,
  type Operand,
} from '../nodes';
import type { PathSegment } from '../path';
import { describeValue, isPlainObject } from '../plain-object';
import { cond } from './condition-builders';
import { SIZE_OPERATORS, isOperatorName } from './operator-names';

const COMPARATORS: Record<string, ComparisonOperator> = {
  eq: '=',
  ne: '<>',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
};

/** What one property's operators are parsed against. */
export interface PropertyTarget {
  propertyPath: string;
  path: PathSegment[];
  resolver: AttributeResolver;
}

/** An error about one property of a condition, naming it. */
export function invalidCondition(propertyPath: string, problem: string): InvalidExpressionError {
  return new InvalidExpressionError(`Invalid condition on "${propertyPath}": ${problem}`, {
    property: propertyPath,
  });
}

export function unknownOperators(
  propertyPath: string,
  keys: string[],
  valid: readonly string[],
  hint = '',
): InvalidExpressionError {
  const listed = keys.map((key) => `"${key}"`).join(', ');
  return invalidCondition(
    propertyPath,
    `unknown operator${keys.length > 1 ? 's' : ''} ${listed}. Valid operators: ${valid.join(', ')}${hint}`,
  );
}

/**
 * eq ne lt lte gt gte between in, on the attribute itself or (label 'size.') on size(attribute).
 */
export function parseComparison(
  operator: string,
  operand: unknown,
  left: Operand,
  convert: (value: unknown) => unknown,
  target: PropertyTarget,
  label = '',
): ConditionNode {
  const value = (v: unknown) => createValueOperand(convert(v));
  if (operator === 'between') {
    if (!Array.isArray(operand) || operand.length !== 2) {
      const got = Array.isArray(operand) ? `${operand.length} value(s)` : describeValue(operand);
      throw invalidCondition(
        target.propertyPath,
        `"${label}between" takes [low, high], got ${got}`,
      );
    }
    return createBetweenNode(left, value(operand[0]), value(operand[1]));
  }
  if (operator === 'in') {
    if (!Array.isArray(operand)) {
      throw invalidCondition(
        target.propertyPath,
        `"${label}in" takes an array, got ${describeValue(operand)}`,
      );
    }
    assertInOperandCount(operand.length, `Invalid condition on "${target.propertyPath}"`);
    return createInNode(left, operand.map(value));
  }
  return createComparisonNode(left, COMPARATORS[operator], value(operand));
}

export function parseSize(operand: unknown, target: PropertyTarget): ConditionNode | undefined {
  const size = createSizeOperand(target.path);
  const toNumber = (value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw invalidCondition(
        target.propertyPath,
        `"size" is compared with numbers, got ${describeValue(value)}`,
      );
    }
    return value;
  };
  if (typeof operand === 'number') return parseComparison('eq', operand, size, toNumber, target);
  if (!isPlainObject(operand) || Object.keys(operand).length === 0) {
    throw invalidCondition(
      target.propertyPath,
      `"size" takes a number or an object like { gt: 3 }, got ${describeValue(operand)}`,
    );
  }
  const unknown = Object.keys(operand).filter((key) => !isOperatorName(SIZE_OPERATORS, key));
  if (unknown.length > 0) {
    throw unknownOperators(
      target.propertyPath,
      unknown.map((key) => `size.${key}`),
      SIZE_OPERATORS,
    );
  }
  return cond.and(
    ...Object.entries(operand).map(([operator, value]) => {
      if (value === undefined) {
        throw invalidCondition(target.propertyPath, `"size.${operator}" has no value (undefined)`);
      }
      return parseComparison(operator, value, size, toNumber, target, 'size.');
    }),
  );
}
