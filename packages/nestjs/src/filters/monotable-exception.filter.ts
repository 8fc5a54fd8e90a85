import { MonotableError } from '@monotable/core';
import {
  Catch,
  HttpException,
  InternalServerErrorException,
  Logger,
  type ArgumentsHost,
} from '@nestjs/common';
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
 * // or: app.useGlobalFilters(new MonotableExceptionFilter()); // the adapter is optional
 */
@Catch(MonotableError)
export class MonotableExceptionFilter extends BaseExceptionFilter {
  override catch(exception: MonotableError, host: ArgumentsHost): void {
    const mapped = toHttpException(exception) ?? exception;
    // RPC, WebSocket and GraphQL contexts have their own handlers for a thrown HttpException.
    if (host.getType() !== 'http') throw mapped;
    // Constructed with `new MonotableExceptionFilter()` and no adapter: answer a mapped error
    // through the response object itself (Express or Fastify), as Nest would.
    if (!this.applicationRef && !this.httpAdapterHost?.httpAdapter) {
      if (!(mapped instanceof HttpException)) logger.error(mapped);
      const answer = mapped instanceof HttpException ? mapped : new InternalServerErrorException();
      replyDirectly(host.switchToHttp().getResponse(), answer);
      return;
    }
    super.catch(mapped, host);
  }
}

const logger = new Logger('ExceptionsHandler');

interface ExpressLike {
  status(code: number): { json(body: unknown): unknown };
}
interface FastifyLike {
  code(code: number): { send(body: unknown): unknown };
}

function replyDirectly(response: unknown, exception: HttpException): void {
  const status = exception.getStatus();
  const body = exception.getResponse();
  if (typeof (response as ExpressLike).status === 'function') {
    (response as ExpressLike).status(status).json(body);
  } else if (typeof (response as FastifyLike).code === 'function') {
    (response as FastifyLike).code(status).send(body);
  } else {
    throw exception;
  }
}
