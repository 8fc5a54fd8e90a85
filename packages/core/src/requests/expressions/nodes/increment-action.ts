import { InvalidExpressionError } from '../invalid-expression-error';
import { formatPath, type PathSegment } from '../path';
import type { ValueSource } from '../sourced-value';
import { createPathOperand, type PathOperand } from './path-operand';

/**
 * `SET path = if_not_exists(path, :zero) + :amount` (or `-`): works on an absent attribute,
 * which plain `path + :amount` would not.
 */
export interface IncrementAction {
  readonly kind: 'increment';
  readonly path: PathOperand;
  readonly operator: '+' | '-';
  readonly amount: number;
  /** Where the amount came from, when the update is compiled into a plan. */
  readonly amountSource?: ValueSource;
}

export function createIncrementAction(
  path: readonly PathSegment[],
  operator: '+' | '-',
  amount: number,
  amountSource?: ValueSource,
): IncrementAction {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    throw new InvalidExpressionError(
      `${operator === '+' ? 'increment' : 'decrement'} of ${formatPath(path)} needs a finite number, got ${String(amount)}`,
    );
  }
  return Object.freeze({
    kind: 'increment',
    path: createPathOperand(path),
    operator,
    amount,
    amountSource,
  });
}
