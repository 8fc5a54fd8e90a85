import type { Target } from '../connect';
import { explainError } from '../errors';
import { StudioRequestError } from './http-io';

/** How monotable's error codes map to HTTP statuses; every other code is a 400. */
const STATUS_BY_CODE: Record<string, number> = {
  ITEM_NOT_FOUND: 404,
  ITEM_EXISTS: 409,
  VERSION_CONFLICT: 409,
  UNIQUE_CONSTRAINT: 409,
  CONDITIONAL_CHECK_FAILED: 409,
  TRANSACTION_CANCELED: 409,
};

export interface ErrorBody {
  code: string;
  message: string;
  /** A validation error's fields and what is wrong with each. */
  violations?: unknown;
}

/**
 * A failure as the page shows it. Typed errors (a monotable error, from whichever copy of core
 * loaded the entities, or the studio's own) keep their code; DynamoDB's are a 502 under their
 * name, explained as the other commands explain them (a missing table, refused credentials, an
 * endpoint that is down); anything else is a 500.
 */
export function errorResponse(
  error: unknown,
  target?: Target,
): { status: number; body: ErrorBody } {
  if (error instanceof StudioRequestError) {
    return { status: error.status, body: { code: error.code, message: error.message } };
  }
  const typed = error as { code?: unknown; message?: unknown; violations?: unknown };
  if (
    error instanceof Error &&
    typeof typed.code === 'string' &&
    /^[A-Z][A-Z_]+$/.test(typed.code)
  ) {
    return {
      status: STATUS_BY_CODE[typed.code] ?? 400,
      body: {
        code: typed.code,
        message: error.message,
        ...(typed.violations ? { violations: typed.violations } : {}),
      },
    };
  }
  const name = (error as { name?: unknown })?.name;
  if (
    error &&
    typeof error === 'object' &&
    ('$metadata' in error ||
      (typeof name === 'string' && /Exception$|Error$/.test(name) && name !== 'Error'))
  ) {
    return {
      status: 502,
      body: {
        code: String(name ?? 'DYNAMODB_FAILED'),
        message: explainError(error, target).message,
      },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { code: 'STUDIO_FAILED', message } };
}
