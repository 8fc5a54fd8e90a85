import { randomUUID } from 'node:crypto';
import { ulid } from 'ulid';
import { factsOf } from '../entity-model';
import type {
  AttributeMetadata,
  AttributeRole,
  EntityMetadata,
  GeneratorKind,
} from '../metadata/types';
import { rejectUnknownProperties } from '../validation';

/** Makes a ULID for a time (ms since epoch); a connection passes a monotonic one. */
export type UlidSource = (time: number) => string;

function generate(kind: GeneratorKind, now: Date, newUlid: UlidSource): unknown {
  if (kind === 'ulid') return newUlid(now.getTime());
  if (kind === 'uuid') return randomUUID();
  return kind();
}

/** The attributes of an entity with a role (version, timestamps, TTL). */
function attributesWithRole(
  meta: EntityMetadata,
  role: AttributeRole,
): readonly AttributeMetadata[] {
  return factsOf(meta).roles.get(role) ?? [];
}

/** Rejects properties that are not attributes of the entity (typos, stale fields). */
export function assertKnownProperties(meta: EntityMetadata, data: object): void {
  rejectUnknownProperties(data as Record<string, unknown>, meta.attributes, meta.name);
}

/**
 * `data` without the entity's relation properties: relations are loaded, never stored, so an
 * entity read with `include` can be written back as it is.
 */
export function withoutRelations<D extends object>(meta: EntityMetadata, data: D): D {
  if (meta.relations.length === 0) return data;
  const copy = { ...data } as Record<string, unknown>;
  for (const relation of meta.relations) delete copy[relation.propertyName];
  return copy as D;
}

/**
 * A new instance for create/put: the class's own defaults, then the caller's data, then generated
 * ids, timestamps and the first version.
 */
export function instantiateForWrite<T>(
  meta: EntityMetadata,
  data: object,
  now: Date,
  mode: 'create' | 'put',
  newUlid: UlidSource = ulid,
): T {
  data = withoutRelations(meta, data);
  assertKnownProperties(meta, data);
  const entity = new (meta.target as new () => any)();
  for (const [key, value] of Object.entries(data)) if (value !== undefined) entity[key] = value;
  for (const attribute of meta.attributes.values()) {
    if (attribute.generated && entity[attribute.propertyName] === undefined) {
      entity[attribute.propertyName] = generate(attribute.generated, now, newUlid);
    }
  }
  for (const a of attributesWithRole(meta, 'createdAt')) {
    if (mode === 'create' || entity[a.propertyName] === undefined) entity[a.propertyName] = now;
  }
  for (const a of attributesWithRole(meta, 'updatedAt')) entity[a.propertyName] = now;
  for (const a of attributesWithRole(meta, 'version')) {
    const given = entity[a.propertyName];
    entity[a.propertyName] = mode === 'put' && typeof given === 'number' ? given + 1 : 1;
  }
  return entity as T;
}

/** The @Version attribute of an entity, if it has one. */
export function versionAttribute(meta: EntityMetadata): AttributeMetadata | undefined {
  return attributesWithRole(meta, 'version')[0];
}

/** The @UpdatedAt attributes of an entity. */
export function updatedAtAttributes(meta: EntityMetadata): readonly AttributeMetadata[] {
  return attributesWithRole(meta, 'updatedAt');
}

/** The @Ttl attribute of an entity, if it has one. */
export function ttlAttribute(meta: EntityMetadata): AttributeMetadata | undefined {
  return attributesWithRole(meta, 'ttl')[0];
}
