import { MonotableError } from '../../model/errors';

/**
 * A condition, filter, update or projection is malformed: an unknown operator, `in` with no
 * values, `between` without exactly two bounds, an expression over DynamoDB's limits, ...
 * Raised before anything is sent.
 *
 * @example
 * repo.query(p, { filter: { total: { gtt: 3 } } });
 * // InvalidExpressionError: Invalid condition on "total": unknown operator "gtt". Valid operators: eq, ne, ...
 */
export class InvalidExpressionError extends MonotableError {
  readonly code = 'INVALID_EXPRESSION';
  /** The property path the problem is about, when there is one. */
  readonly property?: string;

  constructor(message: string, options?: { property?: string; cause?: unknown }) {
    super(message, options);
    this.property = options?.property;
  }
}
