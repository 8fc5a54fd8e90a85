import { validationError } from '../errors';

/** Query and Scan refuse a Limit below 1 (DynamoDB Local's wording). */
export function checkLimit(limit: number | undefined): void {
  if (limit !== undefined && limit < 1) throw validationError('Limit must be greater than or equal to 1');
}
