import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import {
  addNumbers,
  bytesEqual,
  cloneValue,
  normalizeNumber,
  sortSetElements,
  subtractNumbers,
  valuesEqual,
  type Item,
} from '../values';
import type { UpdateValue } from './ast';
import { resolvePath } from './document-path';
import { updateMessages } from './messages';

/**
 * The value a SET action writes, computed from the item as it was before the update: paths
 * must exist, '+'/'-' need numbers, list_append needs lists.
 */
export function evaluateUpdateValue(value: UpdateValue, item: Item): AttributeValue {
  switch (value.kind) {
    case 'value':
      return cloneValue(value.value);
    case 'path': {
      const found = resolvePath(value.path, item);
      if (found === undefined) throw validationError(updateMessages.missingAttribute);
      return cloneValue(found);
    }
    case 'if_not_exists': {
      const found = resolvePath(value.path, item);
      return found !== undefined ? cloneValue(found) : evaluateUpdateValue(value.fallback, item);
    }
    case 'arithmetic': {
      const left = evaluateUpdateValue(value.left, item);
      const right = evaluateUpdateValue(value.right, item);
      if (left.N === undefined || right.N === undefined) throw validationError(updateMessages.wrongType);
      return { N: value.operator === '+' ? addNumbers(left.N, right.N) : subtractNumbers(left.N, right.N) };
    }
    case 'list_append': {
      const first = evaluateUpdateValue(value.first, item);
      const second = evaluateUpdateValue(value.second, item);
      if (first.L === undefined || second.L === undefined) throw validationError(updateMessages.wrongType);
      return { L: [...first.L, ...second.L] };
    }
  }
}

/** ADD: sum of numbers or union of sets of the same type; a missing attribute takes the value. */
export function addValue(existing: AttributeValue | undefined, operand: AttributeValue): AttributeValue {
  if (existing === undefined) return sortSetElements(cloneValue(operand));
  if (existing.N !== undefined && operand.N !== undefined) return { N: addNumbers(existing.N, operand.N) };
  if (existing.SS && operand.SS) return sortSetElements({ SS: union(existing.SS, operand.SS, (a, b) => a === b) });
  // Elements added to an existing number set are stored normalized (DynamoDB Local does so).
  if (existing.NS && operand.NS) {
    return sortSetElements({ NS: union(existing.NS, operand.NS.map(normalizeNumber), numbersEqual) });
  }
  if (existing.BS && operand.BS) return sortSetElements({ BS: union(existing.BS, operand.BS, bytesEqual) });
  throw validationError(updateMessages.wrongType);
}

/**
 * DELETE: removes the operand's elements from a set of the same type; undefined when nothing
 * is left (the attribute is then removed).
 */
export function deleteFromValue(existing: AttributeValue, operand: AttributeValue): AttributeValue | undefined {
  let remaining: AttributeValue;
  if (existing.SS && operand.SS) remaining = { SS: existing.SS.filter((e) => !operand.SS!.includes(e)) };
  else if (existing.NS && operand.NS) remaining = { NS: existing.NS.filter((e) => !operand.NS!.some((o) => numbersEqual(e, o))) };
  else if (existing.BS && operand.BS) remaining = { BS: existing.BS.filter((e) => !operand.BS!.some((o) => bytesEqual(e, o))) };
  else throw validationError(updateMessages.wrongType);
  const elements = remaining.SS ?? remaining.NS ?? remaining.BS!;
  return elements.length > 0 ? cloneValue(remaining) : undefined;
}

function union<T>(existing: T[], added: T[], equal: (a: T, b: T) => boolean): T[] {
  return [...existing, ...added.filter((element) => !existing.some((present) => equal(present, element)))];
}

function numbersEqual(a: string, b: string): boolean {
  return valuesEqual({ N: a }, { N: b });
}
