import type { ConditionAst, DocumentPath, Operand } from '../expressions';

/** The top-level attribute a document path starts from (`a` for a.b[1]). */
export function topLevelAttribute(path: DocumentPath): string {
  const first = path[0];
  return first && first.kind === 'name' ? first.name : '';
}

/** Every top-level attribute a condition refers to. */
export function conditionAttributeNames(condition: ConditionAst): Set<string> {
  const names = new Set<string>();
  collectFromCondition(condition, names);
  return names;
}

function collectFromCondition(condition: ConditionAst, names: Set<string>): void {
  switch (condition.kind) {
    case 'compare':
      collectFromOperand(condition.left, names);
      collectFromOperand(condition.right, names);
      return;
    case 'between':
      [condition.operand, condition.low, condition.high].forEach((operand) => collectFromOperand(operand, names));
      return;
    case 'in':
      [condition.operand, ...condition.list].forEach((operand) => collectFromOperand(operand, names));
      return;
    case 'function':
      condition.args.forEach((operand) => collectFromOperand(operand, names));
      return;
    case 'not':
      collectFromCondition(condition.condition, names);
      return;
    case 'and':
    case 'or':
      collectFromCondition(condition.left, names);
      collectFromCondition(condition.right, names);
      return;
  }
}

function collectFromOperand(operand: Operand, names: Set<string>): void {
  if (operand.kind === 'path') names.add(topLevelAttribute(operand.path));
  else if (operand.kind === 'size') collectFromOperand(operand.operand, names);
}
