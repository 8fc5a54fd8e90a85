import { assertInOperandCount } from '../limits';
import { formatPath, type PathSegment } from '../path';
import {
  createAndNode,
  createBetweenNode,
  createComparisonNode,
  createFunctionNode,
  createInNode,
  createNotNode,
  createOrNode,
  createPathOperand,
  createValueOperand,
  type ComparisonOperator,
  type ConditionNode,
} from '../nodes';
import { assertDynamoType } from './dynamo-type';

function compare(
  path: readonly PathSegment[],
  operator: ComparisonOperator,
  value: unknown,
): ConditionNode {
  return createComparisonNode(createPathOperand(path), operator, createValueOperand(value));
}

/** Joins nodes; undefined entries ("no condition") are dropped and same-kind children inlined. */
function combine(
  kind: 'and' | 'or',
  nodes: readonly (ConditionNode | undefined)[],
): ConditionNode | undefined {
  const children = nodes.flatMap((node) =>
    node === undefined ? [] : node.kind === kind ? node.conditions : [node],
  );
  if (children.length <= 1) return children[0];
  return kind === 'and' ? createAndNode(children) : createOrNode(children);
}

/**
 * Builds condition nodes on PHYSICAL paths with values in their stored form, for code that adds
 * its own conditions (key existence, version checks, entity type filters) to the user's.
 *
 * @example
 * cond.and(userCondition, cond.eq(['_type'], 'Order'), cond.exists(['PK']));
 */
export const cond = Object.freeze({
  eq: (path: readonly PathSegment[], value: unknown) => compare(path, '=', value),
  ne: (path: readonly PathSegment[], value: unknown) => compare(path, '<>', value),
  lt: (path: readonly PathSegment[], value: unknown) => compare(path, '<', value),
  lte: (path: readonly PathSegment[], value: unknown) => compare(path, '<=', value),
  gt: (path: readonly PathSegment[], value: unknown) => compare(path, '>', value),
  gte: (path: readonly PathSegment[], value: unknown) => compare(path, '>=', value),
  between: (path: readonly PathSegment[], low: unknown, high: unknown): ConditionNode =>
    createBetweenNode(createPathOperand(path), createValueOperand(low), createValueOperand(high)),
  in: (path: readonly PathSegment[], values: readonly unknown[]): ConditionNode => {
    assertInOperandCount(values.length, formatPath(path));
    return createInNode(createPathOperand(path), values.map(createValueOperand));
  },
  exists: (path: readonly PathSegment[]): ConditionNode =>
    createFunctionNode('attribute_exists', createPathOperand(path)),
  notExists: (path: readonly PathSegment[]): ConditionNode =>
    createFunctionNode('attribute_not_exists', createPathOperand(path)),
  beginsWith: (path: readonly PathSegment[], prefix: string | Uint8Array): ConditionNode =>
    createFunctionNode('begins_with', createPathOperand(path), createValueOperand(prefix)),
  contains: (path: readonly PathSegment[], value: unknown): ConditionNode =>
    createFunctionNode('contains', createPathOperand(path), createValueOperand(value)),
  type: (path: readonly PathSegment[], dynamoType: string): ConditionNode => {
    assertDynamoType(dynamoType, formatPath(path));
    return createFunctionNode(
      'attribute_type',
      createPathOperand(path),
      createValueOperand(dynamoType),
    );
  },
  /** All of them; `undefined` when nothing is left (no condition at all). */
  and: (...nodes: (ConditionNode | undefined)[]): ConditionNode | undefined =>
    combine('and', nodes),
  /** Any of them; undefined entries are ignored, `undefined` when nothing is left. */
  or: (...nodes: (ConditionNode | undefined)[]): ConditionNode | undefined => combine('or', nodes),
  not: (node: ConditionNode): ConditionNode => createNotNode(node),
});
