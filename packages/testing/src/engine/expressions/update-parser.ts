import { checkNestingDepth } from './nesting-depth';
import { closeParentheses, parseBareOperand, parseOperand, parsePath, type Parenthesized } from './operand-parser';
import type { SyntaxOperand, SyntaxUpdateAction, SyntaxUpdateSection, UpdateSectionName } from './syntax-tree';
import type { TokenStream } from './token-stream';

const SECTIONS = ['SET', 'REMOVE', 'ADD', 'DELETE'] as const;

/**
 * update : (SET set_action, ... | REMOVE path, ... | ADD path :value, ... | DELETE path :value, ...)+
 * set_action : path '=' (operand | operand ('+'|'-') operand | '(' ... ')')
 */
export function parseUpdateSyntax(stream: TokenStream): SyntaxUpdateSection[] {
  checkNestingDepth(stream);
  const sections = [parseSection(stream)];
  while (sectionKeyword(stream)) sections.push(parseSection(stream));
  stream.expectEnd();
  return sections;
}

function sectionKeyword(stream: TokenStream): UpdateSectionName | undefined {
  return SECTIONS.find((keyword) => stream.isKeyword(keyword));
}

function parseSection(stream: TokenStream): SyntaxUpdateSection {
  const kind = sectionKeyword(stream);
  if (!kind) throw stream.syntaxError();
  stream.next();
  const actions = [parseAction(stream, kind)];
  while (stream.isSymbol(',')) {
    stream.next();
    actions.push(parseAction(stream, kind));
  }
  return { kind, actions };
}

function parseAction(stream: TokenStream, kind: UpdateSectionName): SyntaxUpdateAction {
  const path = parsePath(stream);
  if (kind === 'REMOVE') return { kind, path };
  if (kind === 'SET') {
    stream.expectSymbol('=');
    return { kind, path, value: parseSetValue(stream).node };
  }
  const token = stream.peek();
  if (token.kind !== 'value') throw stream.syntaxError();
  stream.next();
  return { kind, path, placeholder: token.text };
}

/** An operand, or one '+'/'-' between two operands; either may be wrapped in parentheses. */
function parseSetValue(stream: TokenStream): Parenthesized<SyntaxOperand> {
  const first = parseSetValuePrimary(stream);
  if (!stream.isSymbol('+') && !stream.isSymbol('-')) return first;
  if (first.node.kind === 'arithmetic') throw stream.syntaxError();
  const operator = stream.next().text as '+' | '-';
  const right = parseOperand(stream).node;
  return { node: { kind: 'arithmetic', operator, left: first.node, right }, parenthesized: false };
}

function parseSetValuePrimary(stream: TokenStream): Parenthesized<SyntaxOperand> {
  if (!stream.isSymbol('(')) return { node: parseBareOperand(stream), parenthesized: false };
  stream.next();
  const inner = parseSetValue(stream);
  stream.expectSymbol(')');
  return closeParentheses(stream, inner);
}
