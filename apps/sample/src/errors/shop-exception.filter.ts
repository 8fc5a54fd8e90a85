import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { MonotableError } from '@monotable/core';
import { toHttpException } from '@monotable/nestjs';
import type { Request } from 'express';
import { codeOfStatus, httpError } from './error-body';

/**
 * Every error the shop answers carries a `code` (see ErrorBody). Monotable's errors get theirs
 * from `toHttpException`, as MonotableExceptionFilter (which this filter replaces) maps them; an
 * unknown route gets `ROUTE_NOT_FOUND`; any other HttpException without a code gets its status's
 * name; anything else is logged and answered 500 `INTERNAL_SERVER_ERROR`, without its details.
 *
 * @example app.useGlobalFilters(new ShopExceptionFilter(app.getHttpAdapter()));
 */
@Catch()
export class ShopExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('ExceptionsHandler');

  override catch(exception: unknown, host: ArgumentsHost): void {
    super.catch(this.withCode(exception, host.switchToHttp().getRequest<Request>()), host);
  }

  private withCode(exception: unknown, request: Request): HttpException {
    const mapped = exception instanceof MonotableError ? toHttpException(exception) : exception;
    if (mapped instanceof HttpException) return codedHttpException(mapped, request);
    const error = exception instanceof Error ? exception : new Error(String(exception));
    this.logger.error(error.message, error.stack);
    return httpError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error', {}, exception);
  }
}

/** The exception as it is, when its body has a code; otherwise the same answer with one. */
function codedHttpException(exception: HttpException, request: Request): HttpException {
  const response = exception.getResponse();
  const body: Record<string, unknown> =
    typeof response === 'string' ? { message: response } : { ...response };
  if (typeof body.code === 'string') return exception;
  const { statusCode: _statusCode, error: _error, message = exception.message, ...details } = body;
  const status = exception.getStatus();
  // Nest's answer to a path no controller serves: no route matched, so none is on the request.
  const code = status === 404 && !request.route ? 'ROUTE_NOT_FOUND' : codeOfStatus(status);
  const text = Array.isArray(message) ? message.join('; ') : String(message);
  return httpError(status, code, text, details, exception);
}
