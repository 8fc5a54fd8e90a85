import { ServiceUnavailableException } from '@nestjs/common';
import { ApiServiceUnavailableResponse } from '@nestjs/swagger';
import type { HealthCheckResult } from '@nestjs/terminus';
import { httpError } from '../errors';

/** Why each failing check is down, e.g. `dynamodb (ResourceNotFoundException: ...)`. */
function describeFailures(result: HealthCheckResult): string {
  return Object.entries(result.error ?? {})
    .map(([key, check]) => (typeof check?.message === 'string' ? `${key} (${check.message})` : key))
    .join(', ');
}

/**
 * The 503 of a failed health check in the shop's error body (`code: 'SERVICE_UNAVAILABLE'`,
 * a message naming what is down), keeping terminus' `status`, `info` and `details`. Other
 * errors are returned as they are.
 */
export function unhealthy(error: unknown): unknown {
  if (!(error instanceof ServiceUnavailableException)) return error;
  const result = error.getResponse() as HealthCheckResult;
  const { status, info, details } = result;
  const failures = describeFailures(result);
  const message = failures ? `Unhealthy: ${failures}` : `Unhealthy: ${status}`;
  return httpError(503, 'SERVICE_UNAVAILABLE', message, { status, info, details }, error);
}

/** Documents the answer `unhealthy` gives, in place of terminus' own 503 schema. */
export const ApiUnhealthyResponse = () =>
  ApiServiceUnavailableResponse({
    description: 'The table is missing, unreachable or not ACTIVE',
    schema: {
      type: 'object',
      properties: {
        statusCode: { type: 'integer', example: 503 },
        error: { type: 'string', example: 'Service Unavailable' },
        code: { type: 'string', example: 'SERVICE_UNAVAILABLE' },
        message: {
          type: 'string',
          example: 'Unhealthy: dynamodb (ResourceNotFoundException: Requested resource not found)',
        },
        status: { type: 'string', example: 'error' },
        info: { type: 'object', description: 'The checks that are up' },
        details: { type: 'object', description: 'Every check, up or down, with its details' },
      },
    },
  });
