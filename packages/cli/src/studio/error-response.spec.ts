import { ItemNotFoundError, ValidationError } from '@monotable/core';
import { errorResponse } from './error-response';
import { StudioRequestError } from './http-io';

describe('errorResponse', () => {
  it("keeps the studio's own status and code", () => {
    expect(
      errorResponse(new StudioRequestError(404, 'ENTITY_UNKNOWN', 'No entity named X')),
    ).toEqual({
      status: 404,
      body: { code: 'ENTITY_UNKNOWN', message: 'No entity named X' },
    });
  });

  it("maps monotable's codes to statuses, with a validation error's fields", () => {
    const invalid = new ValidationError('Order', [
      { property: 'total', constraints: { min: 'total must not be less than 0' } } as never,
    ]);
    expect(errorResponse(invalid)).toEqual({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: invalid.message,
        violations: invalid.violations,
      },
    });
    expect(errorResponse(new ItemNotFoundError('Order', { PK: 'x', SK: 'y' })).status).toBe(404);
  });

  it("names DynamoDB's errors with a 502, explained", () => {
    const missing = Object.assign(new Error('Requested resource not found'), {
      name: 'ResourceNotFoundException',
      $metadata: {},
    });
    expect(
      errorResponse(missing, { tableName: 'shop', endpoint: 'http://localhost:8000' }),
    ).toEqual({
      status: 502,
      body: {
        code: 'ResourceNotFoundException',
        message: expect.stringMatching(/^Table shop does not exist at http:\/\/localhost:8000/),
      },
    });
  });

  it('is a 500 for anything else', () => {
    expect(errorResponse(new Error('boom'))).toEqual({
      status: 500,
      body: { code: 'STUDIO_FAILED', message: 'boom' },
    });
  });
});
