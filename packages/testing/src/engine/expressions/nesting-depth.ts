import { expressionMessages } from './messages';
import type { Token } from './tokenizer';
import type { TokenStream } from './token-stream';

/**
 * The deepest parentheses the recursive-descent parsers are given. No valid expression comes
 * close: DynamoDB allows 300 operators and functions, and every level that is not redundant
 * needs one. The parsers' stack holds well over this (a 4 KB expression can nest ~2,000 deep).
 */
export const MAX_NESTING_LEVELS = 1000;

/**
 * Refuses an expression nested deeper than MAX_NESTING_LEVELS before the parsers recurse into
 * it. DynamoDB parses any depth and refuses such an expression anyway; when it has redundant
 * parentheses ('((x))') that is the error DynamoDB names, so the engine names it too.
 */
export function checkNestingDepth(stream: TokenStream): void {
  const { depth, redundant } = measureParentheses(stream.tokens);
  if (depth <= MAX_NESTING_LEVELS) return;
  throw stream.error(
    redundant
      ? expressionMessages.redundantParentheses
      : expressionMessages.tooManyNestingLevels(depth),
  );
}

/**
 * The deepest nesting of parentheses, and whether a grouping pair holds nothing but another
 * pair: the parsers' '((x))' rule, found without recursion. The parentheses of a function call
 * and of an IN list are not groups.
 */
function measureParentheses(tokens: readonly Token[]): { depth: number; redundant: boolean } {
  const open: number[] = [];
  const closingOf = new Map<number, number>();
  let depth = 0;
  let redundant = false;
  tokens.forEach((token, index) => {
    if (isSymbol(token, '(')) {
      open.push(index);
      depth = Math.max(depth, open.length);
    } else if (isSymbol(token, ')') && open.length > 0) {
      const start = open.pop()!;
      closingOf.set(start, index);
      if (isGroup(tokens, start) && closingOf.get(start + 1) === index - 1) redundant = true;
    }
  });
  return { depth, redundant };
}

function isGroup(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  return (
    !before ||
    !(before.kind === 'identifier' || (before.kind === 'keyword' && before.keyword === 'IN'))
  );
}

function isSymbol(token: Token, text: string): boolean {
  return token.kind === 'symbol' && token.text === text;
}
