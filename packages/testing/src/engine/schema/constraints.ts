import { validationError } from '../errors';
import { isValidResourceName, tableMessages } from './table-messages';

/**
 * Collects violations of the API's declared constraints and reports them the way DynamoDB's
 * front end does: "1 validation error detected: Value 'x' at 'tableName' failed to satisfy
 * constraint: ...", several joined with "; ".
 */
export class ConstraintCheck {
  private readonly violations: string[] = [];

  notNull(value: unknown, path: string): this {
    if (value === undefined || value === null) this.fail(null, path, 'Member must not be null');
    return this;
  }

  length(value: string | unknown[] | Record<string, unknown> | undefined, path: string, min: number, max?: number): this {
    if (value === undefined || value === null) return this;
    const size = typeof value === 'string' || Array.isArray(value) ? value.length : Object.keys(value).length;
    if (size < min) this.fail(value, path, `Member must have length greater than or equal to ${min}`);
    if (max !== undefined && size > max) this.fail(value, path, `Member must have length less than or equal to ${max}`);
    return this;
  }

  range(value: number | undefined, path: string, min: number, max?: number): this {
    if (value === undefined || value === null) return this;
    if (value < min) this.fail(value, path, `Member must have value greater than or equal to ${min}`);
    if (max !== undefined && value > max) this.fail(value, path, `Member must have value less than or equal to ${max}`);
    return this;
  }

  oneOf(value: unknown, path: string, allowed: readonly string[]): this {
    if (value === undefined || value === null) return this;
    if (!allowed.includes(value as string)) {
      this.fail(value, path, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
    }
    return this;
  }

  pattern(value: string | undefined, path: string, source: string): this {
    if (value === undefined || value === null) return this;
    if (!new RegExp(`^(?:${source})$`).test(value)) {
      this.fail(value, path, `Member must satisfy regular expression pattern: ${source}`);
    }
    return this;
  }

  /**
   * A table or index name: 3 to 255 characters of [a-zA-Z0-9_.-]. DynamoDB Local checks names
   * before anything else and reports them with its own message, so this throws at once.
   */
  resourceName(value: string | undefined, required = true): this {
    if (value === undefined && !required) return this;
    if (!isValidResourceName(value)) throw validationError(tableMessages.invalidName);
    return this;
  }

  fail(value: unknown, path: string, constraint: string): this {
    this.violations.push(`Value ${describeValue(value)} at '${path}' failed to satisfy constraint: ${constraint}`);
    return this;
  }

  /** Throws DynamoDB's ValidationException if anything failed. */
  throwIfInvalid(): void {
    if (this.violations.length === 0) return;
    const count = this.violations.length;
    const heading = `${count} validation error${count === 1 ? '' : 's'} detected: `;
    throw validationError(heading + this.violations.join('; '));
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return `'${value}'`;
  if (Array.isArray(value)) return `'[${value.map((element) => String(element)).join(', ')}]'`;
  return `'${JSON.stringify(value)}'`;
}
