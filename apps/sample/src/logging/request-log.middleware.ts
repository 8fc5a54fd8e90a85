import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RequestScope, requestScopes } from './request-scope';

/**
 * Express middleware: opens the request's DynamoDB scope and, when the response is sent, logs
 * one line such as `GET /customers/ada 200 4ms · 1 DynamoDB request (Query)`.
 */
export function requestLogMiddleware(logger = new Logger('HTTP')) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = performance.now();
    const scope = new RequestScope(response);
    response.on('finish', () => {
      const { operations } = scope;
      const cost = `${operations.length} DynamoDB request${operations.length === 1 ? '' : 's'}`;
      const detail = operations.length ? ` (${operations.join(', ')})` : '';
      const duration = Math.round(performance.now() - started);
      logger.log(
        `${request.method} ${request.originalUrl} ${response.statusCode} ${duration}ms · ${cost}${detail}`,
      );
    });
    requestScopes.run(scope, next);
  };
}
