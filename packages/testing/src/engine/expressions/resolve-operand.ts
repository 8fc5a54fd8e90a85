import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { typeOf, type AttributeType } from '../values';
import type { DocumentPath } from './document-path';
import type { ExpressionUsage } from './expression-usage';
import { type ExpressionKind, expressionMessages } from './messages';
import type { SyntaxPath } from './syntax-tree';

/** What resolution needs: the request's placeholders and the kind of expression (for messages). */
export interface ResolveContext {
  readonly usage: ExpressionUsage;
  readonly kind: ExpressionKind;
  /** Builds a ValidationException prefixed with the expression kind. */
  readonly error: (detail: string) => Error;
}

/** Substitutes #placeholders in a path (each marked used); list indexes become numbers. */
export function resolveSyntaxPath(path: SyntaxPath, context: ResolveContext): DocumentPath {
  return path.elements.map((element) => {
    if (element.kind === 'identifier') return { kind: 'name', name: element.name };
    if (element.kind === 'name') {
      // 'a.:v' parses, but only a projection reports it sensibly (as an undefined name).
      if (element.placeholder.startsWith(':') && context.kind !== 'ProjectionExpression') {
        throw context.error(expressionMessages.internalError);
      }
      return { kind: 'name', name: context.usage.name(element.placeholder, context.kind) };
    }
    return { kind: 'index', index: Number(element.text) };
  });
}

export function resolveValue(placeholder: string, context: ResolveContext): AttributeValue {
  return context.usage.value(placeholder, context.kind);
}

/**
 * DynamoDB's rendering of a literal in BETWEEN messages, e.g. {N:5} or {S:abc}; binary shows
 * the Java ByteBuffer it lives in.
 */
export function renderLiteral(value: AttributeValue): string {
  const type: AttributeType = typeOf(value);
  if (type === 'S') return `{S:${value.S}}`;
  if (type === 'N') return `{N:${value.N}}`;
  if (type === 'B') return `{B:java.nio.HeapByteBuffer[pos=0 lim=${value.B!.length} cap=${value.B!.length}]}`;
  return `{${type}:${JSON.stringify(value[type as keyof AttributeValue])}}`;
}
