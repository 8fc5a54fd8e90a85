import type { PathOperand } from './path-operand';
import type { Operand } from './operand';

/** The condition functions DynamoDB offers (size() is an operand, see SizeOperand). */
export type ConditionFunctionName =
  'attribute_exists' | 'attribute_not_exists' | 'attribute_type' | 'begins_with' | 'contains';

/** `name(path)` or `name(path, argument)`, e.g. `begins_with(#n0, :v0)`. */
export interface FunctionNode {
  readonly kind: 'function';
  readonly name: ConditionFunctionName;
  readonly path: PathOperand;
  /** Absent for attribute_exists / attribute_not_exists. */
  readonly argument?: Operand;
}

export function createFunctionNode(
  name: ConditionFunctionName,
  path: PathOperand,
  argument?: Operand,
): FunctionNode {
  return Object.freeze(
    argument ? { kind: 'function', name, path, argument } : { kind: 'function', name, path },
  );
}
