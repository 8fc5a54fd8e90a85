import { compareKeyValues, typeOf, type AttributeType } from '../values';
import type { ConditionAst, Operand } from './ast';
import { formatPath, pathsEqual } from './document-path';
import type { ConditionFunctionName } from './function-names';
import { expressionMessages } from './messages';
import { renderLiteral, resolveSyntaxPath, resolveValue, type ResolveContext } from './resolve-operand';
import type { SyntaxCondition, SyntaxOperand } from './syntax-tree';

const ORDERABLE: readonly AttributeType[] = ['S', 'N', 'B'];
const SIZEABLE: readonly AttributeType[] = ['S', 'B', 'SS', 'NS', 'BS', 'L', 'M'];
const PREFIXABLE: readonly AttributeType[] = ['S', 'B'];
const TYPE_NAMES = new Set(['S', 'SS', 'N', 'NS', 'B', 'BS', 'BOOL', 'NULL', 'L', 'M']);
const ARITY: Record<ConditionFunctionName, number> = {
  attribute_exists: 1,
  attribute_not_exists: 1,
  attribute_type: 2,
  begins_with: 2,
  contains: 2,
};

/**
 * Substitutes placeholders and checks operands, walking the condition left to right the way
 * DynamoDB does, so the first problem in the text is the one reported.
 */
export function resolveCondition(condition: SyntaxCondition, context: ResolveContext): ConditionAst {
  switch (condition.kind) {
    case 'compare': {
      const left = resolveOperand(condition.left, context);
      const right = resolveOperand(condition.right, context);
      if (condition.operator !== '=' && condition.operator !== '<>') {
        requireLiteralType([left, right], ORDERABLE, condition.operator, context);
      }
      requireDistinct(left, [right], condition.operator, context);
      return { kind: 'compare', operator: condition.operator, left, right };
    }
    case 'between':
      return resolveBetween(condition, context);
    case 'in': {
      const operand = resolveOperand(condition.operand, context);
      const list = condition.list.map((element) => resolveOperand(element, context));
      requireDistinct(operand, list, 'IN', context);
      return { kind: 'in', operand, list };
    }
    case 'function':
      return resolveFunction(condition.call.name as ConditionFunctionName, condition.call.args, context);
    case 'not':
      return { kind: 'not', condition: resolveCondition(condition.condition, context) };
    default:
      return {
        kind: condition.kind,
        left: resolveCondition(condition.left, context),
        right: resolveCondition(condition.right, context),
      };
  }
}

function resolveBetween(condition: Extract<SyntaxCondition, { kind: 'between' }>, context: ResolveContext): ConditionAst {
  const operand = resolveOperand(condition.operand, context);
  const low = resolveOperand(condition.low, context);
  const high = resolveOperand(condition.high, context);
  requireLiteralType([operand, low, high], ORDERABLE, 'BETWEEN', context);
  requireDistinct(operand, [low, high], 'BETWEEN', context);
  if (low.kind === 'value' && high.kind === 'value') {
    if (typeOf(low.value) !== typeOf(high.value)) {
      throw context.error(expressionMessages.betweenTypes(renderLiteral(low.value), renderLiteral(high.value)));
    }
    if (compareKeyValues(low.value, high.value) > 0) {
      throw context.error(expressionMessages.betweenOrder(renderLiteral(low.value), renderLiteral(high.value)));
    }
  }
  return { kind: 'between', operand, low, high };
}

function resolveFunction(name: ConditionFunctionName, syntaxArgs: readonly SyntaxOperand[], context: ResolveContext): ConditionAst {
  const args = syntaxArgs.map((arg) => resolveOperand(arg, context));
  if (args.length !== ARITY[name]) throw context.error(expressionMessages.operandCount(name, args.length));
  switch (name) {
    case 'attribute_exists':
    case 'attribute_not_exists':
      if (args[0].kind !== 'path') throw context.error(expressionMessages.requiresPath(name));
      break;
    case 'attribute_type':
      checkAttributeType(args, context);
      break;
    case 'begins_with':
      requireLiteralType(args, PREFIXABLE, name, context);
      requireDistinct(args[0], [args[1]], name, context);
      break;
    case 'contains':
      requireDistinct(args[0], [args[1]], name, context);
      break;
  }
  return { kind: 'function', name, args };
}

function checkAttributeType(args: Operand[], context: ResolveContext): void {
  requireDistinct(args[0], [args[1]], 'attribute_type', context);
  const type = args[1];
  if (type.kind === 'path') throw context.error(expressionMessages.attributeTypePathOperand);
  const literalType = literalTypeOf(type);
  if (literalType !== 'S') throw context.error(expressionMessages.operandType('attribute_type', literalType ?? 'N'));
  const name = type.kind === 'value' ? type.value.S! : '';
  if (!TYPE_NAMES.has(name)) throw context.error(expressionMessages.invalidTypeName(name));
}

/** Resolves an operand of a condition; size(...) is the only function allowed as an operand. */
export function resolveOperand(operand: SyntaxOperand, context: ResolveContext): Operand {
  switch (operand.kind) {
    case 'path':
      return { kind: 'path', path: resolveSyntaxPath(operand, context) };
    case 'value':
      return { kind: 'value', value: resolveValue(operand.placeholder, context) };
    case 'call': {
      const args = operand.args.map((arg) => resolveOperand(arg, context));
      if (args.length !== 1) throw context.error(expressionMessages.operandCount('size', args.length));
      requireLiteralType(args, SIZEABLE, 'size', context);
      return { kind: 'size', operand: args[0] };
    }
    default:
      throw new Error('Arithmetic is not part of the condition grammar');
  }
}

/** The type of a literal operand; size(...) counts as a number; paths have no static type. */
export function literalTypeOf(operand: Operand): AttributeType | undefined {
  if (operand.kind === 'value') return typeOf(operand.value);
  if (operand.kind === 'size') return 'N';
  return undefined;
}

function requireLiteralType(operands: Operand[], allowed: readonly AttributeType[], operator: string, context: ResolveContext): void {
  for (const operand of operands) {
    const type = literalTypeOf(operand);
    if (type !== undefined && !allowed.includes(type)) throw context.error(expressionMessages.operandType(operator, type));
  }
}

/** `a = a`, `a IN (b, a)`, `begins_with(a, a)`: DynamoDB rejects a path compared with itself. */
function requireDistinct(first: Operand, others: Operand[], operator: string, context: ResolveContext): void {
  if (first.kind !== 'path') return;
  for (const other of others) {
    if (other.kind === 'path' && pathsEqual(first.path, other.path)) {
      throw context.error(expressionMessages.operandsNotDistinct(operator, formatPath(first.path)));
    }
  }
}
