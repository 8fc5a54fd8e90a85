import { STATUS_CODES } from 'node:http';
import {
  ConditionalCheckFailedError,
  InvalidCursorError,
  ItemExistsError,
  ItemNotFoundError,
  ItemTooLargeError,
  KeyTemplateError,
  TransactionCanceledError,
  UniqueConstraintError,
  ValidationError,
  VersionConflictError,
  type MonotableError,
} from '@monotable/core';
import { HttpException, HttpStatus } from '@nestjs/common';

type ErrorClass = abstract new (...args: any[]) => MonotableError;

const STATUS_BY_ERROR: ReadonlyArray<readonly [ErrorClass, HttpStatus]> = [
  [ValidationError, HttpStatus.BAD_REQUEST],
  // A cursor always comes from the client: a forged or foreign one is bad input.
  [InvalidCursorError, HttpStatus.BAD_REQUEST],
  // Key templates are checked at startup; at run time this means a key value the client sent
  // is empty or holds the separator.
  [KeyTemplateError, HttpStatus.BAD_REQUEST],
  [ItemTooLargeError, HttpStatus.PAYLOAD_TOO_LARGE],
  [ItemNotFoundError, HttpStatus.NOT_FOUND],
  [ItemExistsError, HttpStatus.CONFLICT],
  [UniqueConstraintError, HttpStatus.CONFLICT],
  [VersionConflictError, HttpStatus.CONFLICT],
  [ConditionalCheckFailedError, HttpStatus.CONFLICT],
  [TransactionCanceledError, HttpStatus.CONFLICT],
];

/** The HTTP status monotable errors of this kind answer with; undefined for the others. */
export function httpStatusOf(error: MonotableError): HttpStatus | undefined {
  return STATUS_BY_ERROR.find(([errorClass]) => error instanceof errorClass)?.[1];
}

/**
 * The HttpException a monotable error becomes: Nest's usual body (`statusCode`, `message`,
 * `error`) plus the error's stable `code`, and for validation the failing fields. Values are
 * left out of `violations` on purpose: they may be secrets the client just sent.
 */
export function toHttpException(error: MonotableError): HttpException | undefined {
  const status = httpStatusOf(error);
  if (status === undefined) return undefined;
  const body: Record<string, unknown> = {
    statusCode: status,
    error: STATUS_CODES[status],
    code: error.code,
    message: error.message,
  };
  if (error instanceof ValidationError) {
    body.violations = error.violations.map(({ entity, property, constraints }) => ({
      entity,
      property,
      constraints,
    }));
  }
  return new HttpException(body, status, { cause: error });
}
