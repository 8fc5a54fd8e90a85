import type { AttributeMetadata, EntityMetadata } from '@monotable/core';
import { buildTableDesign, type EntityDesign, type TableDesign } from '../design';
import type { Model } from '../load';

/** One attribute as the model view lists it. */
export interface AttributeView {
  property: string;
  /** The attribute's name in DynamoDB, when it differs from the property. */
  attribute?: string;
  type: string;
  /** Who fills it: version, createdAt, updatedAt or ttl. */
  role?: string;
  generated?: string;
  unique?: boolean;
  /** True when a key template of the table or an index renders it. */
  inKey: boolean;
}

/** A relation and the index its reads go to ('table' for the table itself). */
export interface RelationView {
  property: string;
  kind: string;
  target: string;
  through?: string;
  readsIndex: string;
}

export interface EntityView extends Omit<EntityDesign, 'relations'> {
  attributes: AttributeView[];
  relations: RelationView[];
  /** Properties under a @Unique constraint (one marker item each). */
  unique: string[];
  /** The @Ttl property, if any. */
  ttl?: string;
  /** The entity's colour in every view, as a CSS hue (0-359). */
  hue: number;
}

/** Everything the studio's model view shows: the table design plus each entity's attributes. */
export interface ModelView {
  table: TableDesign['table'];
  entities: EntityView[];
}

function keySlots(meta: EntityMetadata): Set<string> {
  const templates = [meta.keys, ...Object.values(meta.indexes)];
  const slots = templates.flatMap((keys) => [...keys.pk.slots, ...(keys.sk?.slots ?? [])]);
  const attributeKeys = Object.values(meta.attributeIndexes).flatMap((keys) => [
    ...keys.pk,
    ...keys.sk,
  ]);
  return new Set([...slots, ...attributeKeys]);
}

function describeAttribute(attribute: AttributeMetadata, inKey: Set<string>): AttributeView {
  const { propertyName, attributeName, type, role, generated, unique } = attribute;
  return {
    property: propertyName,
    ...(attributeName !== propertyName ? { attribute: attributeName } : {}),
    type,
    ...(role ? { role } : {}),
    ...(generated ? { generated: typeof generated === 'function' ? 'function' : generated } : {}),
    ...(unique ? { unique: true } : {}),
    inKey: inKey.has(propertyName),
  };
}

function relationIndex(options: Record<string, unknown>): string {
  return typeof options.index === 'string' ? options.index : 'table';
}

/** Spreads the entities over the colour wheel, the same hue for an entity on every page load. */
export function entityHue(position: number, count: number): number {
  return Math.round((position * 360) / Math.max(count, 1) + 200) % 360;
}

/** The model view of a loaded model. */
export function buildModelView(model: Model): ModelView {
  const design = buildTableDesign(model);
  const entities = model.metadata.map((meta, position): EntityView => {
    const entity = design.entities[position];
    const inKey = keySlots(meta);
    const attributes = [...meta.attributes.values()].map((a) => describeAttribute(a, inKey));
    const ttl = attributes.find((attribute) => attribute.role === 'ttl')?.property;
    return {
      ...entity,
      attributes,
      relations: entity.relations.map((relation, i) => ({
        ...relation,
        readsIndex: relationIndex(meta.relations[i].options),
      })),
      unique: attributes.filter((attribute) => attribute.unique).map((a) => a.property),
      ...(ttl ? { ttl } : {}),
      hue: entityHue(position, model.metadata.length),
    };
  });
  return { table: design.table, entities };
}
