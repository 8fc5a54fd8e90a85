import { validationError } from '../errors';
import type { ConditionAst, Operand } from './ast';
import type { DocumentPath } from './document-path';
import { keyConditionMessages } from './messages';

/**
 * A Query's FilterExpression may not use the key attributes of the table or index queried.
 * DynamoDB checks this after the key condition, partition key first.
 * @example assertFilterAvoidsKeys(parseCondition('SK = :v', usage, 'FilterExpression'), ['PK', 'SK']) // throws
 */
export function assertFilterAvoidsKeys(filter: ConditionAst, keyNames: readonly string[]): void {
  const paths = conditionPaths(filter);
  for (const key of keyNames) {
    const uses = paths.filter((path) => path[0].kind === 'name' && path[0].name === key);
    if (uses.some((path) => path.length > 1)) throw validationError(keyConditionMessages.keyNotScalar(key));
    if (uses.length > 0) throw validationError(keyConditionMessages.filterOnKey(key));
  }
}

/** Every document path a condition reads, in source order. */
export function conditionPaths(ast: ConditionAst): DocumentPath[] {
  switch (ast.kind) {
    case 'and':
    case 'or':
      return [...conditionPaths(ast.left), ...conditionPaths(ast.right)];
    case 'not':
      return conditionPaths(ast.condition);
    case 'compare':
      return [ast.left, ast.right].flatMap(operandPaths);
    case 'between':
      return [ast.operand, ast.low, ast.high].flatMap(operandPaths);
    case 'in':
      return [ast.operand, ...ast.list].flatMap(operandPaths);
    case 'function':
      return ast.args.flatMap(operandPaths);
  }
}

function operandPaths(operand: Operand): DocumentPath[] {
  if (operand.kind === 'path') return [operand.path];
  if (operand.kind === 'size') return operandPaths(operand.operand);
  return [];
}
