import type { AttributeOptions, EntityOptions } from './options';
import type { AttributeRole, GeneratorKind, RelationMetadata } from './types';

/** What the decorators of one property said, merged in whatever order they ran. */
export interface PropertyFacts {
  /** Options of an explicit `@Attribute()`. */
  attribute?: AttributeOptions;
  /** The `design:type` emitted by TypeScript, when there is one. */
  designType?: Function;
  generated?: GeneratorKind;
  roles?: AttributeRole[];
  unique?: boolean;
}

/** Everything the decorators recorded about one class (not its parents). */
export interface ClassFacts {
  entity?: EntityOptions;
  properties: Map<string, PropertyFacts>;
  relations: Map<string, RelationMetadata>;
}

/** Whether the recorded facts make the property a stored attribute. */
export function isAttributeProperty(facts: PropertyFacts): boolean {
  return Boolean(facts.attribute || facts.generated || facts.roles?.length || facts.unique);
}

/** Later facts win, except roles, which accumulate so that conflicts can be reported. */
export function mergePropertyFacts(into: PropertyFacts, facts: PropertyFacts): PropertyFacts {
  return {
    attribute: facts.attribute ?? into.attribute,
    designType: facts.designType ?? into.designType,
    generated: facts.generated ?? into.generated,
    roles: [...new Set([...(into.roles ?? []), ...(facts.roles ?? [])])],
    unique: facts.unique ?? into.unique,
  };
}
