import { buildReadPlan, type ReadPlan } from './mapping/read-plan';
import { constrainedProperties } from './validation/constrained-properties';
import type {
  AttributeMetadata,
  AttributeRole,
  EntityKeyTemplates,
  EntityMetadata,
} from './metadata/types';

/**
 * What every call of one entity needs and can compute once: built by `new Monotable()` for
 * each of its entities (`compileEntityModel`), so two connections never share state. The layers
 * above keep what they derive per entity (attribute resolvers, update plans) in `memo`.
 */
export interface CompiledFacts {
  /** The @Unique attributes. */
  readonly uniqueAttributes: readonly AttributeMetadata[];
  /** What markers depend on: the @Unique attributes and, with any, the @Ttl one. */
  readonly markerAttributes: readonly AttributeMetadata[];
  readonly roles: ReadonlyMap<AttributeRole, readonly AttributeMetadata[]>;
  /** Slot properties of the primary key templates: always present on a stored item. */
  readonly primaryKeySlots: ReadonlySet<string>;
  /** Slot properties of every index template. */
  readonly indexSlots: ReadonlySet<string>;
  /**
   * The key attributes of the table's multi-attribute indexes, by index and role. DynamoDB
   * checks them on every item that holds them, whichever entity wrote it.
   */
  readonly multiAttributeKeys: readonly MultiAttributeKey[];
  /** Properties stored under a key attribute of a multi-attribute index (declared for it or not). */
  readonly multiAttributeKeyProperties: ReadonlySet<string>;
  /** Attribute names monotable manages on every item: keys, discriminator, schema version, declared attributes. */
  readonly managedAttributes: ReadonlySet<string>;
  readonly readPlan: ReadPlan;
  /** Properties with class-validator constraints: an entity without any skips validation. */
  readonly constrainedProperties: ReadonlySet<string>;
  /** Per-entity state of the layers above, keyed by each one's own symbol. */
  readonly memo: Map<symbol, unknown>;
}

/** An entity's metadata with the facts its connection compiled from it. */
export interface EntityModel extends EntityMetadata {
  readonly compiled: CompiledFacts;
}

/** The attributes of one side (partition or sort) of a multi-attribute index key. */
export interface MultiAttributeKey {
  index: string;
  role: 'partition' | 'sort';
  attributes: readonly string[];
}

const ROLES: AttributeRole[] = ['version', 'createdAt', 'updatedAt', 'ttl'];

function multiAttributeKeys(meta: EntityMetadata): MultiAttributeKey[] {
  const { table } = meta;
  const keys: MultiAttributeKey[] = [];
  for (const index of Object.keys(table.indexes)) {
    if (!table.isMultiAttributeIndex(index)) continue;
    const schema = table.keySchema(index);
    keys.push({ index, role: 'partition', attributes: schema.partitionKey });
    if (schema.sortKey.length) keys.push({ index, role: 'sort', attributes: schema.sortKey });
  }
  return keys;
}

function indexSlots(templates: EntityKeyTemplates): string[] {
  return [...templates.pk.slots, ...(templates.sk?.slots ?? [])];
}

function managedAttributes(meta: EntityMetadata): Set<string> {
  const { table } = meta;
  const names = new Set([
    table.entityTypeAttribute,
    table.schemaVersionAttribute,
    table.partitionKey,
  ]);
  if (table.sortKey) names.add(table.sortKey);
  for (const index of Object.keys(table.indexes)) {
    // A multi-attribute index is keyed by entities' own attributes, declared or not.
    if (table.isMultiAttributeIndex(index)) continue;
    const { partitionKey, sortKey } = table.keyAttributes(index);
    names.add(partitionKey);
    if (sortKey) names.add(sortKey);
  }
  for (const attribute of meta.attributes.values()) names.add(attribute.attributeName);
  return names;
}

function compileFacts(meta: EntityMetadata): CompiledFacts {
  const attributes = [...meta.attributes.values()];
  const roles = new Map(ROLES.map((role) => [role, attributes.filter((a) => a.role === role)]));
  const uniqueAttributes = attributes.filter((attribute) => attribute.unique);
  const ttl = roles.get('ttl')![0];
  const keys = multiAttributeKeys(meta);
  const keyNames = new Set(keys.flatMap((key) => key.attributes));
  return {
    uniqueAttributes,
    markerAttributes:
      uniqueAttributes.length && ttl && !ttl.unique ? [...uniqueAttributes, ttl] : uniqueAttributes,
    roles,
    primaryKeySlots: new Set([...meta.keys.pk.slots, ...(meta.keys.sk?.slots ?? [])]),
    indexSlots: new Set(Object.values(meta.indexes).flatMap(indexSlots)),
    multiAttributeKeys: keys,
    multiAttributeKeyProperties: new Set(
      attributes.filter((a) => keyNames.has(a.attributeName)).map((a) => a.propertyName),
    ),
    managedAttributes: managedAttributes(meta),
    readPlan: buildReadPlan(meta),
    constrainedProperties: constrainedProperties(meta.target),
    memo: new Map(),
  };
}

/** A connection's own model of an entity: a copy of its metadata with the compiled facts. */
export function compileEntityModel(meta: EntityMetadata): EntityModel {
  return { ...meta, compiled: compileFacts(meta) };
}

/**
 * The compiled facts of an entity. Metadata that did not come through a connection (a unit
 * test, a tool reading the registry) gets them computed afresh, never cached.
 */
export function factsOf(meta: EntityMetadata): CompiledFacts {
  return (meta as Partial<EntityModel>).compiled ?? compileFacts(meta);
}

/**
 * A value the layers above derive once per entity and connection (kept in the entity model),
 * computed afresh for metadata that did not come through a connection.
 */
export function memoOf<V>(meta: EntityMetadata, key: symbol, compute: () => V): V {
  const memo = (meta as Partial<EntityModel>).compiled?.memo;
  if (!memo) return compute();
  let value = memo.get(key) as V | undefined;
  if (value === undefined) {
    value = compute();
    memo.set(key, value);
  }
  return value;
}
