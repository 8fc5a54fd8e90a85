import { compilePath, type ExpressionContext } from '../expression-context';
import { InvalidExpressionError } from '../invalid-expression-error';
import { assertExpressionSize } from '../limits';
import { formatPath, pathsOverlap } from '../path';
import type { ConditionNode, Operand, UpdateAction } from '../nodes';
import { sourced } from '../sourced-value';

/*
 * The one compiler: a single pass over a node tree that emits the expression text and registers
 * every attribute name and value with the request's ExpressionContext.
 */

function compileOperand(operand: Operand, ctx: ExpressionContext): string {
  switch (operand.kind) {
    case 'path':
      return compilePath(operand.path, ctx);
    case 'value':
      return ctx.value(operand.value);
    case 'size':
      return `size(${compilePath(operand.path, ctx)})`;
  }
}

/** AND binds tighter than OR, NOT tighter than both; a mixed child is parenthesised for clarity. */
function compileChild(child: ConditionNode, parent: 'and' | 'or', ctx: ExpressionContext): string {
  const text = compileNode(child, ctx);
  return (child.kind === 'and' || child.kind === 'or') && child.kind !== parent
    ? `(${text})`
    : text;
}

function compileNode(node: ConditionNode, ctx: ExpressionContext): string {
  switch (node.kind) {
    case 'comparison':
      return `${compileOperand(node.left, ctx)} ${node.operator} ${compileOperand(node.right, ctx)}`;
    case 'between':
      return (
        `${compileOperand(node.operand, ctx)} BETWEEN ` +
        `${compileOperand(node.low, ctx)} AND ${compileOperand(node.high, ctx)}`
      );
    case 'in': {
      const operand = compileOperand(node.operand, ctx);
      return `${operand} IN (${node.candidates.map((c) => compileOperand(c, ctx)).join(', ')})`;
    }
    case 'function': {
      const path = compileOperand(node.path, ctx);
      const argument = node.argument ? `, ${compileOperand(node.argument, ctx)}` : '';
      return `${node.name}(${path}${argument})`;
    }
    case 'and':
      return node.conditions.map((c) => compileChild(c, 'and', ctx)).join(' AND ');
    case 'or':
      return node.conditions.map((c) => compileChild(c, 'or', ctx)).join(' OR ');
    case 'not':
      return `NOT (${compileNode(node.condition, ctx)})`;
  }
}

/**
 * Compiles a condition tree (ConditionExpression, FilterExpression or KeyConditionExpression).
 *
 * @example
 * compileCondition(cond.and(cond.eq(['status'], 'open'), cond.gt(['total'], 100))!, ctx);
 * // '#n0 = :v0 AND #n1 > :v1'
 */
export function compileCondition(node: ConditionNode, ctx: ExpressionContext): string {
  return assertExpressionSize('condition', compileNode(node, ctx));
}

type Clause = 'SET' | 'REMOVE' | 'ADD' | 'DELETE';

function compileAction(action: UpdateAction, ctx: ExpressionContext): [Clause, string] {
  const path = compileOperand(action.path, ctx);
  switch (action.kind) {
    case 'set':
      return ['SET', `${path} = ${compileOperand(action.value, ctx)}`];
    case 'setIfNotExists':
      return ['SET', `${path} = if_not_exists(${path}, ${compileOperand(action.value, ctx)})`];
    case 'increment': {
      const zero = ctx.value(0);
      return [
        'SET',
        `${path} = if_not_exists(${path}, ${zero}) ${action.operator} ${ctx.value(action.amountSource ? sourced(action.amount, action.amountSource) : action.amount)}`,
      ];
    }
    case 'listAppend': {
      if (action.position === 'end') {
        const empty = ctx.value([]);
        return [
          'SET',
          `${path} = list_append(if_not_exists(${path}, ${empty}), ${ctx.value(action.elements)})`,
        ];
      }
      const elements = ctx.value(action.elements);
      return [
        'SET',
        `${path} = list_append(${elements}, if_not_exists(${path}, ${ctx.value([])}))`,
      ];
    }
    case 'add':
      return ['ADD', `${path} ${ctx.value(action.value)}`];
    case 'delete':
      return ['DELETE', `${path} ${ctx.value(action.value)}`];
    case 'remove':
      return ['REMOVE', path];
  }
}

/** DynamoDB rejects an update naming a path twice or a path and its parent; say which ones. */
function assertNoOverlappingPaths(actions: readonly UpdateAction[]): void {
  for (let i = 0; i < actions.length; i++) {
    for (let j = i + 1; j < actions.length; j++) {
      const a = actions[i].path.path;
      const b = actions[j].path.path;
      if (pathsOverlap(a, b)) {
        const which =
          a.length === b.length
            ? `${formatPath(a)} twice`
            : `${formatPath(a)} and ${formatPath(b)}`;
        throw new InvalidExpressionError(
          `An update cannot change ${which}: DynamoDB rejects overlapping paths in one update. ` +
            'Change the whole attribute or only its nested paths, not both',
        );
      }
    }
  }
}

/**
 * Compiles update actions into an UpdateExpression; empty clauses are left out.
 *
 * @example
 * compileUpdate([update.set(['name'], 'Ada'), update.remove(['nickname'])], ctx);
 * // 'SET #n0 = :v0 REMOVE #n1'
 */
export function compileUpdate(actions: readonly UpdateAction[], ctx: ExpressionContext): string {
  if (actions.length === 0) {
    throw new InvalidExpressionError('An update needs at least one change');
  }
  assertNoOverlappingPaths(actions);
  const clauses = new Map<Clause, string[]>([
    ['SET', []],
    ['REMOVE', []],
    ['ADD', []],
    ['DELETE', []],
  ]);
  for (const action of actions) {
    const [clause, text] = compileAction(action, ctx);
    clauses.get(clause)!.push(text);
  }
  const expression = [...clauses]
    .filter(([, parts]) => parts.length > 0)
    .map(([clause, parts]) => `${clause} ${parts.join(', ')}`)
    .join(' ');
  return assertExpressionSize('update', expression);
}
