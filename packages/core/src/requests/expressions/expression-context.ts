import { assertValidPath, type PathSegment } from './path';
import { SourcedValue, type ValueSource } from './sourced-value';

/**
 * Hands out ExpressionAttributeNames / ExpressionAttributeValues placeholders for ONE request,
 * shared by all of its expressions (condition, update, projection, key condition), so that
 * placeholders never clash and every name and value goes through a placeholder.
 *
 * @example
 * const ctx = new ExpressionContext();
 * ctx.name('status'); // '#n0'
 * ctx.value('open');  // ':v0'
 * ctx.names();        // { '#n0': 'status' }
 */
export class ExpressionContext {
  private readonly nameToPlaceholder = new Map<string, string>();
  private readonly valueByPlaceholder = new Map<string, unknown>();
  private readonly sourceByPlaceholder = new Map<string, ValueSource>();

  /** The placeholder of an attribute name; the same name always gets the same placeholder. */
  name(attributeName: string): string {
    let placeholder = this.nameToPlaceholder.get(attributeName);
    if (placeholder === undefined) {
      placeholder = `#n${this.nameToPlaceholder.size}`;
      this.nameToPlaceholder.set(attributeName, placeholder);
    }
    return placeholder;
  }

  /**
   * A new placeholder for a value (a native JS value, marshalled by the DocumentClient). A
   * `SourcedValue` sends its value and records its source under the placeholder.
   */
  value(value: unknown): string {
    const placeholder = `:v${this.valueByPlaceholder.size}`;
    if (value instanceof SourcedValue) {
      this.sourceByPlaceholder.set(placeholder, value.source);
      this.valueByPlaceholder.set(placeholder, value.value);
    } else {
      this.valueByPlaceholder.set(placeholder, value);
    }
    return placeholder;
  }

  /** The source recorded for a value placeholder (values given as `SourcedValue`). */
  sourceOf(placeholder: string): ValueSource | undefined {
    return this.sourceByPlaceholder.get(placeholder);
  }

  /** ExpressionAttributeNames, or undefined when empty (DynamoDB rejects an empty map). */
  names(): Record<string, string> | undefined {
    if (this.nameToPlaceholder.size === 0) return undefined;
    const names: Record<string, string> = {};
    for (const [name, placeholder] of this.nameToPlaceholder) names[placeholder] = name;
    return names;
  }

  /** ExpressionAttributeValues, or undefined when empty (DynamoDB rejects an empty map). */
  values(): Record<string, unknown> | undefined {
    if (this.valueByPlaceholder.size === 0) return undefined;
    return Object.fromEntries(this.valueByPlaceholder);
  }
}

/**
 * A physical path as an expression: every name through a placeholder, indexes inline.
 *
 * @example
 * compilePath(['addr', 'lines', 2], ctx); // '#n0.#n1[2]'
 */
export function compilePath(path: readonly PathSegment[], ctx: ExpressionContext): string {
  assertValidPath(path);
  let expression = '';
  for (const segment of path) {
    if (typeof segment === 'number') expression += `[${segment}]`;
    else expression += (expression ? '.' : '') + ctx.name(segment);
  }
  return expression;
}
