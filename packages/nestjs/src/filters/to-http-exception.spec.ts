import {
  ConditionalCheckFailedError,
  ConfigurationError,
  InvalidCursorError,
  ItemExistsError,
  ItemNotFoundError,
  ItemTooLargeError,
  KeyTemplateError,
  ScanNotAllowedError,
  TransactionCanceledError,
  UniqueConstraintError,
  ValidationError,
  VersionConflictError,
  type MonotableError,
} from '@monotable/core';
import { HttpException } from '@nestjs/common';
import { httpStatusOf, toHttpException } from './to-http-exception';

const key = { PK: 'CUSTOMER#1', SK: 'PROFILE' };

describe('toHttpException', () => {
  test.each<[string, MonotableError, number]>([
    ['ValidationError', new ValidationError('Customer', []), 400],
    ['InvalidCursorError', new InvalidCursorError('the cursor was altered'), 400],
    ['KeyTemplateError', new KeyTemplateError("Customer.id must not contain '#'"), 400],
    ['ItemNotFoundError', new ItemNotFoundError('Customer', key), 404],
    ['ItemTooLargeError', new ItemTooLargeError('Customer', 500_000), 413],
    ['ItemExistsError', new ItemExistsError('Customer', key), 409],
    ['UniqueConstraintError', new UniqueConstraintError('Customer', 'email', 'a@b.c'), 409],
    ['VersionConflictError', new VersionConflictError('Customer', key, 3), 409],
    ['ConditionalCheckFailedError', new ConditionalCheckFailedError('points < 5', 'Customer'), 409],
    ['TransactionCanceledError', new TransactionCanceledError([]), 409],
  ])('%s → %i, with its code and message', (_name, error, status) => {
    expect(httpStatusOf(error)).toBe(status);
    const exception = toHttpException(error)!;
    expect(exception).toBeInstanceOf(HttpException);
    expect(exception.getStatus()).toBe(status);
    expect(exception.cause).toBe(error);
    expect(exception.getResponse()).toMatchObject({
      statusCode: status,
      code: error.code,
      message: error.message,
    });
  });

  test('a ValidationError lists the failing fields, without their values', () => {
    const error = new ValidationError('Customer', [
      {
        entity: 'Customer',
        property: 'email',
        value: 'secret',
        constraints: { isEmail: 'email must be an email' },
      },
    ]);
    expect(toHttpException(error)!.getResponse()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'VALIDATION_FAILED',
      message: 'Customer is invalid: email (email must be an email)',
      violations: [
        {
          entity: 'Customer',
          property: 'email',
          constraints: { isEmail: 'email must be an email' },
        },
      ],
    });
  });

  test.each<[string, MonotableError]>([
    ['ConfigurationError', new ConfigurationError('bad model')],
    ['ScanNotAllowedError', new ScanNotAllowedError('Customer')],
  ])('%s is not mapped: Nest handles it as any other error', (_name, error) => {
    expect(httpStatusOf(error)).toBeUndefined();
    expect(toHttpException(error)).toBeUndefined();
  });
});
