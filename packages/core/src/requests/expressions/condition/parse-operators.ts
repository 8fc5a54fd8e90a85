import type { AttributeResolver } from '../attribute-resolver';
import { createPathOperand, type ConditionNode } from '../nodes';
import { describeValue, isPlainObject } from '../plain-object';
import { cond } from './condition-builders';
import { assertDynamoType } from './dynamo-type';
import { CONDITION_OPERATORS, isOperatorName } from './operator-names';
import {
  invalidCondition,
  parseComparison,
  parseSize,
  unknownOperators,
  type PropertyTarget,
} from './parse-comparison';

/**
 * Decides whether a property's value is an operator object or a plain value meaning equality.
 * A plain object without operator keys is a whole-map value only when the resolver says the
 * property is a map: otherwise `{ gtt: 3 }` would silently compare against a map.
 */
function isOperatorObject(
  value: unknown,
  target: PropertyTarget,
): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  const unknown = keys.filter((key) => !isOperatorName(CONDITION_OPERATORS, key));
  if (keys.length > 0 && unknown.length === 0) return true;
  const noOperatorAtAll = unknown.length === keys.length;
  if (noOperatorAtAll && target.resolver.isMap?.(target.propertyPath)) return false;
  const hint = noOperatorAtAll ? '. To compare a whole map value write { eq: { ... } }' : '';
  if (keys.length === 0) {
    throw invalidCondition(
      target.propertyPath,
      `an empty object has no operator. Valid operators: ${CONDITION_OPERATORS.join(', ')}${hint}`,
    );
  }
  throw unknownOperators(target.propertyPath, unknown, CONDITION_OPERATORS, hint);
}

function parseOperator(
  operator: string,
  operand: unknown,
  target: PropertyTarget,
): ConditionNode | undefined {
  const { propertyPath, path, resolver } = target;
  if (operand === undefined) {
    throw invalidCondition(
      propertyPath,
      `"${operator}" has no value (undefined); leave the operator out to skip it, ` +
        'or write { exists: false } to match a missing attribute',
    );
  }
  const toStored = (value: unknown) => resolver.toStored(propertyPath, value);
  switch (operator) {
    case 'beginsWith':
      if (typeof operand !== 'string') {
        throw invalidCondition(
          propertyPath,
          `"beginsWith" takes a string, got ${describeValue(operand)}`,
        );
      }
      return cond.beginsWith(path, operand);
    case 'contains':
      return cond.contains(
        path,
        resolver.toStoredElement
          ? resolver.toStoredElement(propertyPath, operand)
          : toStored(operand),
      );
    case 'exists':
      if (typeof operand !== 'boolean') {
        throw invalidCondition(
          propertyPath,
          `"exists" takes true or false, got ${describeValue(operand)}`,
        );
      }
      return operand ? cond.exists(path) : cond.notExists(path);
    case 'size':
      return parseSize(operand, target);
    case 'type':
      assertDynamoType(operand, `Invalid condition on "${propertyPath}"`);
      return cond.type(path, operand);
    default:
      return parseComparison(operator, operand, createPathOperand(path), toStored, target);
  }
}

/**
 * One property of a condition object: a plain value means equality, an operator object is the
 * AND of its operators.
 */
export function parsePropertyCondition(
  propertyPath: string,
  value: unknown,
  resolver: AttributeResolver,
): ConditionNode | undefined {
  const target: PropertyTarget = {
    propertyPath,
    path: resolver.resolvePath(propertyPath),
    resolver,
  };
  if (!isOperatorObject(value, target)) {
    return cond.eq(target.path, resolver.toStored(propertyPath, value));
  }
  return cond.and(
    ...Object.entries(value).map(([operator, operand]) => parseOperator(operator, operand, target)),
  );
}
