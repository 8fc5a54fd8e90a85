import { STATUS_CODES } from 'node:http';
import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * The body of every error the shop answers, the shape `toHttpException` of @monotable/nestjs
 * gives monotable's errors: Nest's `statusCode`, `error` and `message`, plus a stable `code` for clients to branch
 * on, and details such as `violations` for some codes.
 */
export interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  [detail: string]: unknown;
}

/**
 * The code of an error that only its status describes: the status's name.
 *
 * @example codeOfStatus(413) // 'PAYLOAD_TOO_LARGE'
 */
export function codeOfStatus(status: number): string {
  return HttpStatus[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
}

/**
 * An HttpException answered with an {@link ErrorBody}.
 *
 * @example httpError(400, 'MALFORMED_JSON', 'The request body is not valid JSON')
 */
export function httpError(
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
  cause?: unknown,
): HttpException {
  const body: ErrorBody = {
    statusCode: status,
    error: STATUS_CODES[status] ?? 'Error',
    code,
    message,
    ...details,
  };
  return new HttpException(body, status, { cause });
}
