import type { ConditionAst, DocumentPath, Operand, UpdateAst, UpdateValue } from '../expressions';

/** The top-level attribute a document path starts from (`a` for a.b[1]). */
export function topLevelAttribute(path: DocumentPath): string {
  const first = path[0];
  return first && first.kind === 'name' ? first.name : '';
}

/** Every top-level attribute a condition refers to. */
export function conditionAttributeNames(condition: ConditionAst): Set<string> {
  return new Set(conditionPaths(condition).map(topLevelAttribute));
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

/** Every document path an update writes or reads, in source order. */
export function updatePaths(ast: UpdateAst): DocumentPath[] {
  return ast.actions.flatMap((action) => (action.kind === 'SET' ? [action.path, ...valuePaths(action.value)] : [action.path]));
}

function operandPaths(operand: Operand): DocumentPath[] {
  if (operand.kind === 'path') return [operand.path];
  if (operand.kind === 'size') return operandPaths(operand.operand);
  return [];
}

function valuePaths(value: UpdateValue): DocumentPath[] {
  switch (value.kind) {
    case 'path':
      return [value.path];
    case 'value':
      return [];
    case 'arithmetic':
      return [...valuePaths(value.left), ...valuePaths(value.right)];
    case 'list_append':
      return [...valuePaths(value.first), ...valuePaths(value.second)];
    case 'if_not_exists':
      return [value.path, ...valuePaths(value.fallback)];
  }
}
