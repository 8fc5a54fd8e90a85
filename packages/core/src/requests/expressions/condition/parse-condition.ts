import type { AttributeResolver } from '../attribute-resolver';
import { InvalidExpressionError } from '../invalid-expression-error';
import type { ConditionNode } from '../nodes';
import { cond } from './condition-builders';
import type { Condition } from './condition-types';
import { LOGICAL_OPERATORS } from './operator-names';
import { parsePropertyCondition } from './parse-operators';
import { describeValue, isPlainObject } from '../plain-object';

function assertConditionList(key: string, value: unknown): asserts value is unknown[] {
  if (!Array.isArray(value)) {
    throw new InvalidExpressionError(
      `${key} takes an array of conditions, got ${describeValue(value)}`,
    );
  }
}

function parseLogical(
  key: string,
  value: unknown,
  resolver: AttributeResolver,
): ConditionNode | undefined {
  switch (key) {
    case '$and':
      assertConditionList(key, value);
      return cond.and(...value.map((item) => parseUnknownCondition(item, resolver)));
    case '$or': {
      assertConditionList(key, value);
      if (value.length === 0) {
        throw new InvalidExpressionError(
          '$or needs at least one condition; an empty $or matches nothing',
        );
      }
      const branches = value.map((item) => parseUnknownCondition(item, resolver));
      // An empty branch matches every item, and so does the whole $or.
      if (branches.includes(undefined)) return undefined;
      return cond.or(...branches);
    }
    case '$not': {
      const inner = parseUnknownCondition(value, resolver);
      if (!inner) {
        throw new InvalidExpressionError(
          '$not needs a non-empty condition; $not of {} matches nothing',
        );
      }
      return cond.not(inner);
    }
    default:
      throw new InvalidExpressionError(
        `Unknown logical operator "${key}". Valid logical operators: ${LOGICAL_OPERATORS.join(', ')}`,
      );
  }
}

function parseUnknownCondition(
  input: unknown,
  resolver: AttributeResolver,
): ConditionNode | undefined {
  if (!isPlainObject(input)) {
    throw new InvalidExpressionError(
      `A condition is an object like { status: 'open', total: { gt: 100 } }, got ${describeValue(input)}`,
    );
  }
  const nodes: (ConditionNode | undefined)[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    nodes.push(
      key.startsWith('$')
        ? parseLogical(key, value, resolver)
        : parsePropertyCondition(key, value, resolver),
    );
  }
  return cond.and(...nodes);
}

/**
 * Turns a user condition/filter object into a condition tree on physical paths with stored
 * values; `undefined` when it constrains nothing (`{}`).
 *
 * @example
 * const node = parseCondition<Order>({ status: 'open', total: { gt: 100 } }, resolver);
 * compileCondition(node!, ctx); // '#n0 = :v0 AND #n1 > :v1'
 */
export function parseCondition<T>(
  input: Condition<T>,
  resolver: AttributeResolver,
): ConditionNode | undefined {
  return parseUnknownCondition(input, resolver);
}
