import type { UpdateAst } from './ast';
import type { DocumentPath } from './document-path';
import { openExpression, resolveContext } from './expression-source';
import type { ExpressionUsage } from './expression-usage';
import { resolveUpdate } from './resolve-update';
import { checkUpdateSyntax } from './syntax-checks';
import { parseUpdateSyntax } from './update-parser';

/**
 * Parses and validates an UpdateExpression (SET, REMOVE, ADD, DELETE) with DynamoDB's messages.
 * @example parseUpdate('SET #n = :name, visits = visits + :one REMOVE temp', usage)
 */
export function parseUpdate(expression: string, usage: ExpressionUsage): UpdateAst {
  const stream = openExpression(expression, 'UpdateExpression');
  const sections = parseUpdateSyntax(stream);
  checkUpdateSyntax(sections, stream);
  return resolveUpdate(sections, resolveContext(stream, usage));
}

/**
 * The document path of every action, in source order; path[0] is the top-level attribute (what
 * the engine checks against the key schema: 'Cannot update attribute PK...').
 */
export function updatedPaths(ast: UpdateAst): DocumentPath[] {
  return ast.actions.map((action) => action.path);
}
