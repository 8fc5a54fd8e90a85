import { isAttributeProperty, type PropertyFacts } from './property-facts';
import { resolveAttributeType } from './resolve-attribute-type';
import type { AttributeMetadata } from './types';

export interface BuiltAttributes {
  /**
   * propertyName → attribute. With problems, an attribute whose type could not be resolved is
   * still listed (as type 'any', see `untyped`) so that the checks that follow (key slots,
   * reserved names, collisions) report their own problems rather than knock-on ones.
   */
  attributes: Map<string, AttributeMetadata>;
  /** Properties whose storage type could not be resolved (their problem is in `problems`). */
  untyped: Set<string>;
  problems: string[];
}

function checkPadding(
  padding: unknown,
  type: AttributeMetadata['type'] | undefined,
): string | undefined {
  if (padding === undefined) return undefined;
  if (!Number.isInteger(padding) || (padding as number) < 1) {
    return `padding must be a positive integer, got ${String(padding)}`;
  }
  if (type !== undefined && type !== 'number')
    return `padding only applies to number attributes, but the type is '${type}'`;
  return undefined;
}

/**
 * Attribute metadata of a class from the facts its decorators recorded. Problems name
 * `Class.property` and say how to fix them; every problem of every property is listed (a bad
 * name does not hide a bad type). They are reported at startup, not at decoration.
 */
export function buildAttributes(
  className: string,
  properties: Map<string, PropertyFacts>,
  relationProperties: ReadonlySet<string> = new Set(),
): BuiltAttributes {
  const attributes = new Map<string, AttributeMetadata>();
  const untyped = new Set<string>();
  const problems: string[] = [];
  const byStoredName = new Map<string, string>();
  for (const [propertyName, facts] of properties) {
    if (!isAttributeProperty(facts)) continue;
    const where = `${className}.${propertyName}`;
    if (relationProperties.has(propertyName)) {
      problems.push(
        `${where} is both a relation and an attribute; a relation is loaded, not stored`,
      );
      continue;
    }
    const options = facts.attribute ?? {};
    const validName =
      options.name === undefined || (typeof options.name === 'string' && options.name !== '');
    if (!validName) problems.push(`${where}: @Attribute({ name }) must be a non-empty string`);
    const resolved = resolveAttributeType(facts);
    const type = 'type' in resolved ? resolved.type : undefined;
    if ('problems' in resolved) {
      problems.push(...resolved.problems.map((problem) => `${where}: ${problem}`));
      untyped.add(propertyName);
    }
    const paddingProblem = checkPadding(options.padding, type);
    if (paddingProblem) problems.push(`${where}: ${paddingProblem}`);
    const attribute: AttributeMetadata = {
      propertyName,
      attributeName: validName ? (options.name ?? propertyName) : propertyName,
      type: type ?? 'any',
    };
    if ('designType' in resolved && resolved.designType) attribute.designType = resolved.designType;
    if (facts.generated !== undefined) attribute.generated = facts.generated;
    if (facts.roles?.length) attribute.role = facts.roles[0];
    if (facts.unique) attribute.unique = true;
    if (options.padding !== undefined) attribute.padding = options.padding;
    if (validName) {
      const other = byStoredName.get(attribute.attributeName);
      if (other) {
        problems.push(
          `${where} and ${className}.${other} are both stored as attribute '${attribute.attributeName}'; ` +
            'give one of them another @Attribute({ name })',
        );
      }
      byStoredName.set(attribute.attributeName, propertyName);
    }
    attributes.set(propertyName, attribute);
  }
  return { attributes, untyped, problems };
}
