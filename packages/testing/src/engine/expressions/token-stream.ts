import { validationError, type EngineError } from '../errors';
import { type ExpressionKind, expressionMessages, invalidExpression } from './messages';
import type { Keyword, Token } from './tokenizer';

/**
 * A cursor over the tokens of one expression for the recursive-descent parsers. Syntax errors
 * name the offending token and quote the source from the previous token to the next one, the
 * way DynamoDB does: 'Syntax error; token: "=", near: "= = :v"'.
 */
export class TokenStream {
  private position = 0;

  constructor(
    readonly source: string,
    readonly tokens: readonly Token[],
    readonly kind: ExpressionKind,
  ) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.position + offset, this.tokens.length - 1)];
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.position += 1;
    return token;
  }

  isSymbol(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'symbol' && token.text === text;
  }

  isKeyword(keyword: Keyword, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'keyword' && token.keyword === keyword;
  }

  /** Consumes the symbol or fails on the current token. */
  expectSymbol(text: string): Token {
    if (!this.isSymbol(text)) throw this.syntaxError();
    return this.next();
  }

  expectKeyword(keyword: Keyword): Token {
    if (!this.isKeyword(keyword)) throw this.syntaxError();
    return this.next();
  }

  expectEnd(): void {
    if (this.peek().kind !== 'eof') throw this.syntaxError();
  }

  /** A syntax error at the current token. */
  syntaxError(): EngineError {
    const index = Math.min(this.position, this.tokens.length - 1);
    const token = this.tokens[index];
    const previous = index > 0 ? this.tokens[index - 1] : undefined;
    const following = token.kind === 'eof' ? undefined : this.tokens[index + 1];
    // From the previous token (or the start) to the end of the next token (or of the source).
    const from = previous ? previous.start : 0;
    const to = following && following.kind !== 'eof' ? following.end : this.source.length;
    return this.error(expressionMessages.syntaxError(token.text, this.source.slice(from, to)));
  }

  /** Any ValidationException about this expression, prefixed with its kind. */
  error(detail: string): EngineError {
    return validationError(invalidExpression(this.kind, detail));
  }
}
