import { isConditionFunction, isUpdateFunction } from './function-names';
import { expressionMessages } from './messages';
import { isReservedWord } from './reserved-words';
import type { SyntaxCall, SyntaxCondition, SyntaxOperand, SyntaxPath, SyntaxUpdateSection } from './syntax-tree';
import type { TokenStream } from './token-stream';

/**
 * Checks DynamoDB makes while building its expression tree, before any placeholder is looked
 * up, in source order: function names and where they are used, reserved words, list index
 * range, path depth, IN operand count, repeated update sections.
 */

const MAX_PATH_DEPTH = 32;
const MAX_LIST_INDEX = 2147483647;
const MAX_IN_OPERANDS = 100;

export function checkConditionSyntax(condition: SyntaxCondition, stream: TokenStream): void {
  switch (condition.kind) {
    case 'compare':
      checkConditionOperand(condition.left, stream);
      checkConditionOperand(condition.right, stream);
      return;
    case 'between':
      [condition.operand, condition.low, condition.high].forEach((operand) => checkConditionOperand(operand, stream));
      return;
    case 'in':
      if (condition.list.length > MAX_IN_OPERANDS) {
        throw stream.error(expressionMessages.tooManyInOperands(condition.list.length));
      }
      [condition.operand, ...condition.list].forEach((operand) => checkConditionOperand(operand, stream));
      return;
    case 'function':
      checkConditionFunctionName(condition.call.name, stream);
      condition.call.args.forEach((operand) => checkConditionOperand(operand, stream));
      return;
    case 'not':
      checkConditionSyntax(condition.condition, stream);
      return;
    default:
      checkConditionSyntax(condition.left, stream);
      checkConditionSyntax(condition.right, stream);
  }
}

/** A function used as a condition: attribute_exists(a), begins_with(a, :v), ... */
function checkConditionFunctionName(name: string, stream: TokenStream): void {
  if (isConditionFunction(name)) return;
  if (name === 'size') throw stream.error(expressionMessages.functionMisused(name));
  if (isUpdateFunction(name)) throw stream.error(expressionMessages.functionNotInCondition(name));
  throw stream.error(expressionMessages.invalidFunction(name));
}

function checkConditionOperand(operand: SyntaxOperand, stream: TokenStream): void {
  if (operand.kind === 'path') return checkPath(operand, stream);
  if (operand.kind !== 'call') return;
  if (operand.name !== 'size') {
    if (isConditionFunction(operand.name)) throw stream.error(expressionMessages.functionMisused(operand.name));
    if (isUpdateFunction(operand.name)) throw stream.error(expressionMessages.functionNotInCondition(operand.name));
    throw stream.error(expressionMessages.invalidFunction(operand.name));
  }
  operand.args.forEach((arg) => checkConditionOperand(arg, stream));
}

export function checkUpdateSyntax(sections: readonly SyntaxUpdateSection[], stream: TokenStream): void {
  for (const section of sections) {
    for (const action of section.actions) {
      checkPath(action.path, stream);
      if (action.kind === 'SET') checkUpdateOperand(action.value, stream);
    }
  }
  const seen = new Set<string>();
  for (const section of sections) {
    if (seen.has(section.kind)) throw stream.error(expressionMessages.sectionRepeated(section.kind));
    seen.add(section.kind);
  }
}

function checkUpdateOperand(operand: SyntaxOperand, stream: TokenStream): void {
  if (operand.kind === 'path') return checkPath(operand, stream);
  if (operand.kind === 'arithmetic') {
    for (const side of [operand.left, operand.right]) {
      if (side.kind === 'call' && side.name === 'list_append') throw stream.error(expressionMessages.functionMisused(side.name));
      checkUpdateOperand(side, stream);
    }
    return;
  }
  if (operand.kind === 'call') {
    checkUpdateFunctionName(operand, stream);
    operand.args.forEach((arg) => checkUpdateOperand(arg, stream));
  }
}

function checkUpdateFunctionName(call: SyntaxCall, stream: TokenStream): void {
  if (isUpdateFunction(call.name)) return;
  if (call.name === 'size' || isConditionFunction(call.name)) {
    throw stream.error(expressionMessages.functionNotInUpdate(call.name));
  }
  throw stream.error(expressionMessages.invalidFunction(call.name));
}

/** Reserved words as bare names, list indexes beyond a Java int, paths deeper than 32. */
export function checkPath(path: SyntaxPath, stream: TokenStream): void {
  for (const element of path.elements) {
    if (element.kind === 'identifier' && isReservedWord(element.name)) {
      throw stream.error(expressionMessages.reservedKeyword(element.name));
    }
    if (element.kind === 'index' && (element.text.length > 10 || Number(element.text) > MAX_LIST_INDEX)) {
      throw stream.error(expressionMessages.indexOutOfRange(element.text));
    }
  }
  if (path.elements.length > MAX_PATH_DEPTH) throw stream.error(expressionMessages.pathTooDeep(path.elements.length));
}
