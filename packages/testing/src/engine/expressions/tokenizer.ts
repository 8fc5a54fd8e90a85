/**
 * Splits an expression into the tokens of DynamoDB's expression grammar. Characters the grammar
 * does not know become 'unknown' tokens, so the parser reports them as syntax errors exactly
 * where DynamoDB does.
 */

export type Keyword = 'AND' | 'OR' | 'NOT' | 'IN' | 'BETWEEN' | 'SET' | 'ADD' | 'DELETE' | 'REMOVE';

export type TokenKind =
  | 'identifier' // attribute or function name: a letter, then letters, digits, '_'
  | 'name' // #placeholder
  | 'value' // :placeholder
  | 'index' // list index digits: 0 or a number without leading zero
  | 'keyword'
  | 'symbol' // , ( ) . [ ] = <> < <= > >= + -
  | 'unknown'
  | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Source text; keywords keep their original case. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Upper-cased keyword for kind 'keyword'. */
  readonly keyword?: Keyword;
}

const KEYWORDS = new Set<string>(['AND', 'OR', 'NOT', 'IN', 'BETWEEN', 'SET', 'ADD', 'DELETE', 'REMOVE']);
const WHITESPACE = /[ \t\r\n]/;
const WORD_CHAR = /[A-Za-z0-9_]/;
const TWO_CHAR_SYMBOLS = new Set(['<>', '<=', '>=']);
const ONE_CHAR_SYMBOLS = new Set([',', '(', ')', '.', '[', ']', '=', '<', '>', '+', '-']);

/** Tokens of `expression`, always ending with an 'eof' token. */
export function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < expression.length) {
    const char = expression[position];
    if (WHITESPACE.test(char)) {
      position += 1;
      continue;
    }
    const token = readToken(expression, position);
    tokens.push(token);
    position = token.end;
  }
  tokens.push({ kind: 'eof', text: '<EOF>', start: expression.length, end: expression.length });
  return tokens;
}

function readToken(expression: string, start: number): Token {
  const char = expression[start];
  if (/[A-Za-z]/.test(char)) {
    const end = wordEnd(expression, start + 1);
    const text = expression.slice(start, end);
    const upper = text.toUpperCase();
    if (KEYWORDS.has(upper)) return { kind: 'keyword', text, start, end, keyword: upper as Keyword };
    return { kind: 'identifier', text, start, end };
  }
  if ((char === '#' || char === ':') && WORD_CHAR.test(expression[start + 1] ?? '')) {
    const end = wordEnd(expression, start + 1);
    return { kind: char === '#' ? 'name' : 'value', text: expression.slice(start, end), start, end };
  }
  if (/[0-9]/.test(char)) {
    const end = char === '0' ? start + 1 : digitsEnd(expression, start + 1);
    return { kind: 'index', text: expression.slice(start, end), start, end };
  }
  const pair = expression.slice(start, start + 2);
  if (TWO_CHAR_SYMBOLS.has(pair)) return { kind: 'symbol', text: pair, start, end: start + 2 };
  if (ONE_CHAR_SYMBOLS.has(char)) return { kind: 'symbol', text: char, start, end: start + 1 };
  // One whole code point, so an emoji is reported as itself rather than half a surrogate pair.
  const codePoint = String.fromCodePoint(expression.codePointAt(start)!);
  return { kind: 'unknown', text: codePoint, start, end: start + codePoint.length };
}

function wordEnd(expression: string, from: number): number {
  let end = from;
  while (end < expression.length && WORD_CHAR.test(expression[end])) end += 1;
  return end;
}

function digitsEnd(expression: string, from: number): number {
  let end = from;
  while (end < expression.length && /[0-9]/.test(expression[end])) end += 1;
  return end;
}
