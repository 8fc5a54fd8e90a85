import { BadRequestException } from '@nestjs/common';

/**
 * A 400 for one property, in the body MonotableExceptionFilter gives monotable's
 * ValidationError: `code: 'VALIDATION_FAILED'` and `violations`.
 */
export function invalidProperty(
  property: string,
  constraint: string,
  message: string,
): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message,
    violations: [{ property, constraints: { [constraint]: message } }],
  });
}
