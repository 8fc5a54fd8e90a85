import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { compareKeyValues, typeOf, valuesEqual, type Item } from '../values';
import type { ConditionAst, Comparator } from './ast';
import { beginsWith, contains, hasAttributeType } from './condition-functions';
import { evaluateOperand } from './evaluate-operand';

/**
 * Evaluates a condition or filter against an item (undefined when the item does not exist).
 * Comparisons involving a missing attribute or values of different types are false (so `<>`
 * is true); ordering comparisons only apply to strings (UTF-8 order), numbers and binaries.
 * @example evaluateCondition(parseCondition('a < :n', usage), { a: { N: '1' } })
 */
export function evaluateCondition(ast: ConditionAst, item: Item | undefined): boolean {
  switch (ast.kind) {
    case 'and':
      return evaluateCondition(ast.left, item) && evaluateCondition(ast.right, item);
    case 'or':
      return evaluateCondition(ast.left, item) || evaluateCondition(ast.right, item);
    case 'not':
      return !evaluateCondition(ast.condition, item);
    case 'compare':
      return compare(ast.operator, evaluateOperand(ast.left, item), evaluateOperand(ast.right, item));
    case 'between': {
      const value = evaluateOperand(ast.operand, item);
      const low = evaluateOperand(ast.low, item);
      const high = evaluateOperand(ast.high, item);
      const fromLow = order(low, value);
      const toHigh = order(value, high);
      return fromLow !== undefined && toHigh !== undefined && fromLow <= 0 && toHigh <= 0;
    }
    case 'in': {
      const value = evaluateOperand(ast.operand, item);
      if (value === undefined) return false;
      return ast.list.some((element) => {
        const candidate = evaluateOperand(element, item);
        return candidate !== undefined && valuesEqual(value, candidate);
      });
    }
    case 'function':
      return evaluateFunction(ast, item);
  }
}

function evaluateFunction(ast: Extract<ConditionAst, { kind: 'function' }>, item: Item | undefined): boolean {
  const first = evaluateOperand(ast.args[0], item);
  if (ast.name === 'attribute_exists') return first !== undefined;
  if (ast.name === 'attribute_not_exists') return first === undefined;
  const second = evaluateOperand(ast.args[1], item);
  if (first === undefined || second === undefined) return false;
  if (ast.name === 'attribute_type') return hasAttributeType(first, second);
  if (ast.name === 'begins_with') return beginsWith(first, second);
  return contains(first, second);
}

function compare(operator: Comparator, left: AttributeValue | undefined, right: AttributeValue | undefined): boolean {
  if (operator === '=') return left !== undefined && right !== undefined && valuesEqual(left, right);
  if (operator === '<>') return !(left !== undefined && right !== undefined && valuesEqual(left, right));
  const result = order(left, right);
  if (result === undefined) return false;
  if (operator === '<') return result < 0;
  if (operator === '<=') return result <= 0;
  if (operator === '>') return result > 0;
  return result >= 0;
}

/** Ordering of two values of the same scalar type (S, N, B); undefined when not comparable. */
function order(a: AttributeValue | undefined, b: AttributeValue | undefined): number | undefined {
  if (a === undefined || b === undefined) return undefined;
  const type = typeOf(a);
  if (type !== typeOf(b) || (type !== 'S' && type !== 'N' && type !== 'B')) return undefined;
  return compareKeyValues(a, b);
}
