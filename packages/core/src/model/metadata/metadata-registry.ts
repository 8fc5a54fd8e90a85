import { ConfigurationError } from '../errors';
import { buildAttributes, type BuiltAttributes } from './build-attributes';
import { buildEntityMetadata, type BuiltEntity } from './build-entity-metadata';
import type { EntityOptions } from './options';
import { mergePropertyFacts, type ClassFacts, type PropertyFacts } from './property-facts';
import { raiseProblems } from './raise-problems';
import type { AttributeMetadata, EntityMetadata, RelationMetadata } from './types';

/**
 * Facts recorded by the decorators, and the metadata built from them on first use. Knows
 * nothing about decorators itself: anything can feed it.
 */
export class MetadataRegistry {
  private readonly classes = new Map<Function, ClassFacts>();
  private readonly entities = new Map<Function, BuiltEntity>();
  private readonly embedded = new Map<Function, BuiltAttributes>();

  recordEntity(target: Function, options: EntityOptions): void {
    this.facts(target).entity = options;
    this.forgetBuilt();
  }

  recordProperty(target: Function, propertyName: string, facts: PropertyFacts): void {
    const { properties } = this.facts(target);
    properties.set(propertyName, mergePropertyFacts(properties.get(propertyName) ?? {}, facts));
    this.forgetBuilt();
  }

  recordRelation(target: Function, relation: RelationMetadata): void {
    this.facts(target).relations.set(relation.propertyName, relation);
    this.forgetBuilt();
  }

  isEntity(target: Function): boolean {
    return Boolean(this.classes.get(target)?.entity);
  }

  /** Metadata of an entity class; throws a ConfigurationError listing what is wrong with it. */
  getEntityMetadata(target: Function): EntityMetadata {
    const built = this.inspectEntity(target);
    raiseProblems(built.problems, `entity ${target?.name}`);
    return built.metadata!;
  }

  /**
   * Like getEntityMetadata, but returns every problem instead of throwing (startup validation).
   * With problems, `metadata` is partial (see BuiltEntity): only for further checks.
   */
  inspectEntity(target: Function): BuiltEntity {
    if (typeof target !== 'function') {
      return { problems: [`${String(target)} is not an entity class (a circular import?)`] };
    }
    let built = this.entities.get(target);
    if (!built) {
      built = this.buildEntity(target);
      this.entities.set(target, built);
    }
    return built;
  }

  /**
   * Attributes of a class used as a nested map (decorated with @Attribute but not @Entity), or
   * undefined for a plain class, whose values are copied as they are.
   */
  getEmbeddedAttributes(target: Function): Map<string, AttributeMetadata> | undefined {
    const built = this.inspectEmbedded(target);
    raiseProblems(built.problems, `class ${target.name}`);
    return built.attributes.size ? built.attributes : undefined;
  }

  private inspectEmbedded(target: Function, visiting = new Set<Function>()): BuiltAttributes {
    let built = this.embedded.get(target);
    if (built) return built;
    built = buildAttributes(target.name, this.inherited(target).properties);
    this.embedded.set(target, built);
    visiting.add(target);
    for (const attribute of built.attributes.values()) {
      const nested = attribute.designType;
      if (nested && nested !== Map && !visiting.has(nested)) {
        built.problems.push(...this.inspectEmbedded(nested, visiting).problems);
      }
    }
    return built;
  }

  private buildEntity(target: Function): BuiltEntity {
    const options = this.classes.get(target)?.entity;
    if (!options) {
      return { problems: [`${target.name} is not an entity: decorate it with @Entity`] };
    }
    const { properties, relations } = this.inherited(target);
    const built = buildEntityMetadata(target, options, properties, relations);
    const { attributes } = built.metadata ?? buildAttributes(target.name, properties);
    for (const attribute of attributes.values()) {
      const nested = attribute.designType;
      if (nested && nested !== Map) built.problems.push(...this.inspectEmbedded(nested).problems);
    }
    return built;
  }

  /** Facts of a class merged with those of its parent classes (the class's own win). */
  private inherited(target: Function) {
    const chain: Function[] = [];
    for (
      let c: unknown = target;
      typeof c === 'function' && c !== Function.prototype;
      c = Object.getPrototypeOf(c)
    ) {
      chain.unshift(c);
    }
    const properties = new Map<string, PropertyFacts>();
    const relations = new Map<string, RelationMetadata>();
    for (const c of chain) {
      const facts = this.classes.get(c);
      if (!facts) continue;
      for (const [name, property] of facts.properties) {
        properties.set(name, mergePropertyFacts(properties.get(name) ?? {}, property));
      }
      for (const [name, relation] of facts.relations) relations.set(name, relation);
    }
    return { properties, relations: [...relations.values()] };
  }

  private facts(target: Function): ClassFacts {
    if (typeof target !== 'function')
      throw new ConfigurationError(`Cannot record metadata on ${String(target)}`);
    let facts = this.classes.get(target);
    if (!facts) {
      facts = { properties: new Map(), relations: new Map() };
      this.classes.set(target, facts);
    }
    return facts;
  }

  private forgetBuilt(): void {
    this.entities.clear();
    this.embedded.clear();
  }
}

/** The registry the decorators feed. */
export const metadataRegistry = new MetadataRegistry();

/**
 * Metadata of an entity class, built on first use and cached.
 *
 * @example
 * getEntityMetadata(Customer).keys.pk.source // 'CUSTOMER#{id}'
 */
export function getEntityMetadata(target: Function): EntityMetadata {
  return metadataRegistry.getEntityMetadata(target);
}

/**
 * True for a class decorated with @Entity (by this copy of @monotable/core): what tools that
 * load a module's exports use to find its entities.
 *
 * @example
 * Object.values(await import('./entities')).filter(isEntity)
 */
export function isEntity(target: unknown): target is Function {
  return typeof target === 'function' && metadataRegistry.isEntity(target);
}
