import { isAttributeProperty, type PropertyFacts } from './property-facts';
import { resolveAttributeType } from './resolve-attribute-type';
import type { AttributeMetadata } from './types';

export interface BuiltAttributes {
  attributes: Map<string, AttributeMetadata>;
  problems: string[];
}

function checkPadding(padding: unknown, attribute: AttributeMetadata): string | undefined {
  if (padding === undefined) return undefined;
  if (!Number.isInteger(padding) || (padding as number) < 1) {
    return `padding must be a positive integer, got ${String(padding)}`;
  }
  if (attribute.type !== 'number')
    return `padding only applies to number attributes, but the type is '${attribute.type}'`;
  return undefined;
}

/**
 * Attribute metadata of a class from the facts its decorators recorded. Problems name
 * `Class.property` and say how to fix them; they are reported at startup, not at decoration.
 */
export function buildAttributes(
  className: string,
  properties: Map<string, PropertyFacts>,
  relationProperties: ReadonlySet<string> = new Set(),
): BuiltAttributes {
  const attributes = new Map<string, AttributeMetadata>();
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
    if (options.name !== undefined && (typeof options.name !== 'string' || options.name === '')) {
      problems.push(`${where}: @Attribute({ name }) must be a non-empty string`);
      continue;
    }
    const resolved = resolveAttributeType(facts);
    if ('problem' in resolved) {
      problems.push(`${where}: ${resolved.problem}`);
      continue;
    }
    const attribute: AttributeMetadata = {
      propertyName,
      attributeName: options.name ?? propertyName,
      type: resolved.type,
    };
    if (resolved.designType) attribute.designType = resolved.designType;
    if (facts.generated !== undefined) attribute.generated = facts.generated;
    if (facts.roles?.length) attribute.role = facts.roles[0];
    if (facts.unique) attribute.unique = true;
    if (options.padding !== undefined) attribute.padding = options.padding;
    const paddingProblem = checkPadding(options.padding, attribute);
    if (paddingProblem) problems.push(`${where}: ${paddingProblem}`);
    const other = byStoredName.get(attribute.attributeName);
    if (other) {
      problems.push(
        `${where} and ${className}.${other} are both stored as attribute '${attribute.attributeName}'; ` +
          'give one of them another @Attribute({ name })',
      );
    }
    byStoredName.set(attribute.attributeName, propertyName);
    attributes.set(propertyName, attribute);
  }
  return { attributes, problems };
}
