import type { DocumentPath } from './document-path';
import { openExpression, resolveContext } from './expression-source';
import type { ExpressionUsage } from './expression-usage';
import { parsePath } from './operand-parser';
import { PathOverlapChecker } from './path-overlap';
import { resolveSyntaxPath } from './resolve-operand';
import { checkPath } from './syntax-checks';
import type { SyntaxPath } from './syntax-tree';

/**
 * Parses a ProjectionExpression (comma-separated document paths) with DynamoDB's checks:
 * syntax, reserved words, undefined #names, overlapping paths.
 * @example parseProjection('#n, address.city, tags[0]', usage)
 */
export function parseProjection(expression: string, usage: ExpressionUsage): DocumentPath[] {
  const stream = openExpression(expression, 'ProjectionExpression');
  const syntax: SyntaxPath[] = [parsePath(stream)];
  while (stream.isSymbol(',')) {
    stream.next();
    syntax.push(parsePath(stream));
  }
  stream.expectEnd();
  syntax.forEach((path) => checkPath(path, stream));
  const context = resolveContext(stream, usage);
  const overlap = new PathOverlapChecker(context.error);
  const paths: DocumentPath[] = new Array(syntax.length);
  // DynamoDB resolves and registers the paths last to first.
  for (let i = syntax.length - 1; i >= 0; i--) {
    paths[i] = resolveSyntaxPath(syntax[i], context);
    overlap.add(paths[i]);
  }
  return paths;
}
