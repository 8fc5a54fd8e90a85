import type { NextFunction, Request, Response } from 'express';
import { codeOfStatus, httpError } from './error-body';

/** What body-parser (and raw-body under it) attaches to the errors it passes on. */
interface BodyParserError extends Error {
  type: string;
  status: number;
  /** False when the message must not reach the client (5xx). */
  expose: boolean;
  limit?: number;
  length?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  if (!(error instanceof Error)) return false;
  const { type, status } = error as Partial<BodyParserError>;
  return typeof type === 'string' && typeof status === 'number';
}

function messageOf(error: BodyParserError): string {
  switch (error.type) {
    case 'entity.parse.failed':
      return `The request body is not valid JSON: ${error.message}`;
    case 'entity.too.large': {
      const size = error.length ? ` (${error.length} bytes)` : '';
      return `The request body${size} is larger than the limit of ${error.limit} bytes`;
    }
    default:
      // Not exposed: a 5xx whose message is about the server, not the request.
      return error.expose ? error.message : 'Internal server error';
  }
}

/**
 * Express error middleware, placed right after the body parsers: their errors (malformed JSON,
 * a body over the size limit, an unsupported charset, ...) become HttpExceptions with a `code`,
 * `MALFORMED_JSON` or the status's name. Nest would otherwise answer them without a code, and it
 * turns the malformed-JSON SyntaxError into a bare 400 before any filter can tell what it was.
 */
export function bodyParserErrorMiddleware() {
  return (error: unknown, _request: Request, _response: Response, next: NextFunction): void => {
    if (!isBodyParserError(error)) return next(error);
    const code =
      error.type === 'entity.parse.failed' ? 'MALFORMED_JSON' : codeOfStatus(error.status);
    next(httpError(error.status, code, messageOf(error), {}, error));
  };
}
