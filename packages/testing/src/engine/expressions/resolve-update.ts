import { typeOf, type AttributeType } from '../values';
import type { UpdateAction, UpdateAst, UpdateValue } from './ast';
import type { DocumentPath } from './document-path';
import { expressionMessages } from './messages';
import { PathOverlapChecker } from './path-overlap';
import { resolveSyntaxPath, resolveValue, type ResolveContext } from './resolve-operand';
import type { SyntaxOperand, SyntaxUpdateAction, SyntaxUpdateSection } from './syntax-tree';

/** How DynamoDB names a literal's type in ADD/DELETE messages (its Java enum). */
const JAVA_TYPE_NAMES: Record<AttributeType, string> = {
  S: 'STRING',
  N: 'NUMBER',
  B: 'BINARY',
  BOOL: 'BOOLEAN',
  NULL: 'NULL',
  M: 'MAP',
  L: 'LIST',
  SS: 'STRING_SET',
  NS: 'NUMBER_SET',
  BS: 'BINARY_SET',
};
const SETS: readonly AttributeType[] = ['SS', 'NS', 'BS'];

/**
 * Substitutes placeholders and validates the actions. DynamoDB walks the actions last to first,
 * twice: first the target paths (undefined #names, overlapping paths), then the values; this
 * order decides which of several problems is reported.
 */
export function resolveUpdate(sections: readonly SyntaxUpdateSection[], context: ResolveContext): UpdateAst {
  const actions = sections.flatMap((section) => section.actions);
  const overlap = new PathOverlapChecker(context.error);
  const paths: DocumentPath[] = new Array(actions.length);
  for (let i = actions.length - 1; i >= 0; i--) {
    paths[i] = resolveSyntaxPath(actions[i].path, context);
    overlap.add(paths[i]);
  }
  const resolved: UpdateAction[] = new Array(actions.length);
  for (let i = actions.length - 1; i >= 0; i--) resolved[i] = resolveAction(actions[i], paths[i], context);
  return { actions: resolved };
}

function resolveAction(action: SyntaxUpdateAction, path: DocumentPath, context: ResolveContext): UpdateAction {
  if (action.kind === 'REMOVE') return { kind: 'REMOVE', path };
  if (action.kind === 'SET') return { kind: 'SET', path, value: resolveUpdateValue(action.value, context) };
  const value = resolveValue(action.placeholder, context);
  const type = typeOf(value);
  if (!SETS.includes(type) && !(action.kind === 'ADD' && type === 'N')) {
    throw context.error(expressionMessages.actionOperandType(action.kind, JAVA_TYPE_NAMES[type]));
  }
  return { kind: action.kind, path, value };
}

function resolveUpdateValue(operand: SyntaxOperand, context: ResolveContext): UpdateValue {
  switch (operand.kind) {
    case 'path':
      return { kind: 'path', path: resolveSyntaxPath(operand, context) };
    case 'value':
      return { kind: 'value', value: resolveValue(operand.placeholder, context) };
    case 'arithmetic': {
      const left = resolveUpdateValue(operand.left, context);
      const right = resolveUpdateValue(operand.right, context);
      requireLiteralType([left, right], 'N', operand.operator, context);
      return { kind: 'arithmetic', operator: operand.operator, left, right };
    }
    case 'call': {
      const args = operand.args.map((arg) => resolveUpdateValue(arg, context));
      if (args.length !== 2) throw context.error(expressionMessages.operandCount(operand.name, args.length));
      if (operand.name === 'list_append') {
        requireLiteralType(args, 'L', operand.name, context);
        return { kind: 'list_append', first: args[0], second: args[1] };
      }
      const [target, fallback] = args;
      if (target.kind !== 'path') throw context.error(expressionMessages.requiresPath(operand.name));
      return { kind: 'if_not_exists', path: target.path, fallback };
    }
  }
}

function requireLiteralType(values: UpdateValue[], type: AttributeType, operator: string, context: ResolveContext): void {
  for (const value of values) {
    if (value.kind === 'value' && typeOf(value.value) !== type) {
      throw context.error(expressionMessages.operandType(operator, typeOf(value.value)));
    }
  }
}
