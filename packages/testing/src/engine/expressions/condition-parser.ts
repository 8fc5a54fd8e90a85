import { checkNestingDepth } from './nesting-depth';
import { closeParentheses, parseBareOperand, parseOperand, type Parenthesized } from './operand-parser';
import type { Comparator, SyntaxCall, SyntaxCondition, SyntaxOperand } from './syntax-tree';
import type { TokenStream } from './token-stream';

/**
 * Recursive-descent parser for DynamoDB's condition grammar (ConditionExpression,
 * FilterExpression, KeyConditionExpression). Precedence: comparisons/functions, then NOT, AND,
 * OR; parentheses group. '(' may open a grouped condition or a parenthesized operand, so a
 * parenthesized part is parsed first and classified by what follows it; syntax errors are
 * thereby reported at the first token that cannot continue a valid expression, as DynamoDB does.
 */
export function parseConditionSyntax(stream: TokenStream): SyntaxCondition {
  checkNestingDepth(stream);
  const result = parseOr(stream, false);
  stream.expectEnd();
  return asCondition(result.node as Part);
}

/** What a (possibly parenthesized) part turned out to be. */
type Part =
  | { kind: 'condition'; condition: SyntaxCondition }
  | { kind: 'operand'; operand: SyntaxOperand } // only valid inside '( )' before a comparator
  | { kind: 'call'; call: SyntaxCall }; // a function: a condition, or an operand if a comparator follows

const COMPARATORS = new Set<string>(['=', '<>', '<', '<=', '>', '>=']);

/** `allowOperand`: this part is the whole content of parentheses, so it may be a bare operand. */
function parseOr(stream: TokenStream, allowOperand: boolean): Parenthesized<Part> {
  const left = parseAnd(stream, allowOperand);
  if (left.node.kind === 'operand' || !stream.isKeyword('OR')) return left;
  stream.next();
  const right = parseOr(stream, false);
  return combined({ kind: 'or', left: asCondition(left.node), right: asCondition(right.node) });
}

function parseAnd(stream: TokenStream, allowOperand: boolean): Parenthesized<Part> {
  const left = parseUnary(stream, allowOperand);
  if (left.node.kind === 'operand' || !stream.isKeyword('AND')) return left;
  stream.next();
  const right = parseAnd(stream, false);
  return combined({ kind: 'and', left: asCondition(left.node), right: asCondition(right.node) });
}

function parseUnary(stream: TokenStream, allowOperand: boolean): Parenthesized<Part> {
  if (!stream.isKeyword('NOT')) return parsePrimary(stream, allowOperand);
  stream.next();
  const operand = parseUnary(stream, false);
  return combined({ kind: 'not', condition: asCondition(operand.node) });
}

function parsePrimary(stream: TokenStream, allowOperand: boolean): Parenthesized<Part> {
  let part: Parenthesized<Part>;
  if (stream.isSymbol('(')) {
    stream.next();
    const inner = parseOr(stream, true);
    stream.expectSymbol(')');
    part = closeParentheses(stream, inner);
  } else {
    const operand = parseBareOperand(stream);
    part = { node: operand.kind === 'call' ? { kind: 'call', call: operand } : { kind: 'operand', operand }, parenthesized: false };
  }
  if (startsPredicate(stream)) {
    if (part.node.kind === 'condition') throw stream.syntaxError();
    return combined(parsePredicate(stream, part.node.kind === 'call' ? part.node.call : part.node.operand));
  }
  if (part.node.kind === 'operand' && !(allowOperand && stream.isSymbol(')'))) throw stream.syntaxError();
  return part;
}

function startsPredicate(stream: TokenStream): boolean {
  const token = stream.peek();
  return (token.kind === 'symbol' && COMPARATORS.has(token.text)) || stream.isKeyword('IN') || stream.isKeyword('BETWEEN');
}

/** The rest of `operand comparator operand`, `operand IN (...)` or `operand BETWEEN a AND b`. */
function parsePredicate(stream: TokenStream, operand: SyntaxOperand): SyntaxCondition {
  if (stream.isKeyword('IN')) {
    stream.next();
    stream.expectSymbol('(');
    const list = [parseOperand(stream).node];
    while (stream.isSymbol(',')) {
      stream.next();
      list.push(parseOperand(stream).node);
    }
    stream.expectSymbol(')');
    return { kind: 'in', operand, list };
  }
  if (stream.isKeyword('BETWEEN')) {
    stream.next();
    const low = parseOperand(stream).node;
    stream.expectKeyword('AND');
    const high = parseOperand(stream).node;
    return { kind: 'between', operand, low, high };
  }
  const operator = stream.next().text as Comparator;
  return { kind: 'compare', operator, left: operand, right: parseOperand(stream).node };
}

function combined(condition: SyntaxCondition): Parenthesized<Part> {
  return { node: { kind: 'condition', condition }, parenthesized: false };
}

function asCondition(part: Part): SyntaxCondition {
  if (part.kind === 'condition') return part.condition;
  if (part.kind === 'call') return { kind: 'function', call: part.call };
  throw new Error('A bare operand is not a condition'); // the parser never lets one through
}
