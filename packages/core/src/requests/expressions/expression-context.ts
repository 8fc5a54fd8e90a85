import { assertValidPath, type PathSegment } from './path';

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

  /** The placeholder of an attribute name; the same name always gets the same placeholder. */
  name(attributeName: string): string {
    let placeholder = this.nameToPlaceholder.get(attributeName);
    if (placeholder === undefined) {
      placeholder = `#n${this.nameToPlaceholder.size}`;
      this.nameToPlaceholder.set(attributeName, placeholder);
    }
    return placeholder;
  }

  /** A new placeholder for a value (a native JS value, marshalled by the DocumentClient). */
  value(value: unknown): string {
    const placeholder = `:v${this.valueByPlaceholder.size}`;
    this.valueByPlaceholder.set(placeholder, value);
    return placeholder;
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
