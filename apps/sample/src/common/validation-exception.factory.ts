import type { HttpException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { httpError } from '../errors';

interface Violation {
  property: string;
  constraints: Record<string, string>;
}

/** Flattens nested errors into dotted paths: `lines.0.quantity`. */
function violationsOf(errors: ValidationError[], prefix = ''): Violation[] {
  return errors.flatMap((error) => {
    const property = `${prefix}${error.property}`;
    const own = error.constraints ? [{ property, constraints: error.constraints }] : [];
    return [...own, ...violationsOf(error.children ?? [], `${property}.`)];
  });
}

/**
 * ValidationPipe's `exceptionFactory`: request bodies and query strings are refused with the
 * same body as monotable's own ValidationError (see ShopExceptionFilter), so clients read
 * one shape: `code: 'VALIDATION_FAILED'` and `violations` naming each field.
 */
export function validationException(errors: ValidationError[]): HttpException {
  const violations = violationsOf(errors);
  const summary = violations
    .map(({ property, constraints }) => `${property} (${Object.values(constraints).join('; ')})`)
    .join(', ');
  return httpError(400, 'VALIDATION_FAILED', `Request is invalid: ${summary}`, { violations });
}
