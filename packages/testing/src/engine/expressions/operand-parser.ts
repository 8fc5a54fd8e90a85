import { expressionMessages } from './messages';
import type { SyntaxCall, SyntaxOperand, SyntaxPath, SyntaxPathElement } from './syntax-tree';
import type { TokenStream } from './token-stream';

/** A parsed node and whether it was wrapped in its own parentheses (to spot '((x))'). */
export interface Parenthesized<T> {
  readonly node: T;
  readonly parenthesized: boolean;
}

/** path : (identifier | #name) ('.' (identifier | #name) | '[' index ']')* */
export function parsePath(stream: TokenStream): SyntaxPath {
  const elements: SyntaxPathElement[] = [parsePathName(stream)];
  for (;;) {
    if (stream.isSymbol('.')) {
      stream.next();
      elements.push(parsePathName(stream, true));
    } else if (stream.isSymbol('[')) {
      stream.next();
      const token = stream.peek();
      if (token.kind !== 'index') throw stream.syntaxError();
      stream.next();
      stream.expectSymbol(']');
      elements.push({ kind: 'index', text: token.text });
    } else {
      return { kind: 'path', elements };
    }
  }
}

/** DynamoDB's grammar also takes a :value after '.', and fails later when resolving it. */
function parsePathName(stream: TokenStream, afterDot = false): SyntaxPathElement {
  const token = stream.peek();
  if (token.kind === 'identifier') {
    stream.next();
    return { kind: 'identifier', name: token.text };
  }
  if (token.kind === 'name' || (afterDot && token.kind === 'value')) {
    stream.next();
    return { kind: 'name', placeholder: token.text };
  }
  throw stream.syntaxError();
}

/** operand : path | :value | function(...) | '(' operand ')' */
export function parseOperand(stream: TokenStream): Parenthesized<SyntaxOperand> {
  if (!stream.isSymbol('(')) return { node: parseBareOperand(stream), parenthesized: false };
  stream.next();
  const inner = parseOperand(stream);
  stream.expectSymbol(')');
  return closeParentheses(stream, inner);
}

/** An operand without surrounding parentheses. */
export function parseBareOperand(stream: TokenStream): SyntaxOperand {
  const token = stream.peek();
  if (token.kind === 'value') {
    stream.next();
    return { kind: 'value', placeholder: token.text };
  }
  if (token.kind === 'identifier' && stream.isSymbol('(', 1)) return parseCall(stream);
  if (token.kind === 'identifier' || token.kind === 'name') return parsePath(stream);
  throw stream.syntaxError();
}

/** function : identifier '(' operand (',' operand)* ')' */
function parseCall(stream: TokenStream): SyntaxCall {
  const name = stream.next().text;
  stream.expectSymbol('(');
  const args = [parseOperand(stream).node];
  while (stream.isSymbol(',')) {
    stream.next();
    args.push(parseOperand(stream).node);
  }
  stream.expectSymbol(')');
  return { kind: 'call', name, args };
}

/** After matching ')': '((x))' is an error in every DynamoDB expression. */
export function closeParentheses<T>(stream: TokenStream, inner: Parenthesized<T>): Parenthesized<T> {
  if (inner.parenthesized) throw stream.error(expressionMessages.redundantParentheses);
  return { node: inner.node, parenthesized: true };
}
