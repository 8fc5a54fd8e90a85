import { MonotableError } from '@monotable/core';
import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { toHttpException } from './to-http-exception';

/**
 * Answers monotable errors with HTTP statuses: ValidationError, InvalidCursorError and
 * KeyTemplateError → 400 (with the failing fields), ItemNotFoundError → 404, ItemTooLargeError →
 * 413, ItemExistsError, UniqueConstraintError,
 * VersionConflictError, ConditionalCheckFailedError and TransactionCanceledError → 409. Any
 * other error goes to Nest's own handling (500, logged).
 *
 * @example
 * providers: [{ provide: APP_FILTER, useClass: MonotableExceptionFilter }]
 * // or: app.useGlobalFilters(new MonotableExceptionFilter(app.getHttpAdapter()));
 */
@Catch(MonotableError)
export class MonotableExceptionFilter extends BaseExceptionFilter {
  override catch(exception: MonotableError, host: ArgumentsHost): void {
    const mapped = toHttpException(exception) ?? exception;
    // RPC, WebSocket and GraphQL contexts have their own handlers for a thrown HttpException.
    if (host.getType() !== 'http') throw mapped;
    super.catch(mapped, host);
  }
}
