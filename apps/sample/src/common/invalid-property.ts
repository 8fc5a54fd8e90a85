import type { HttpException } from '@nestjs/common';
import { httpError } from '../errors';

/**
 * A 400 for one property, in the body monotable's ValidationError is answered with:
 * `code: 'VALIDATION_FAILED'` and `violations`.
 */
export function invalidProperty(
  property: string,
  constraint: string,
  message: string,
): HttpException {
  return httpError(400, 'VALIDATION_FAILED', message, {
    violations: [{ property, constraints: { [constraint]: message } }],
  });
}
