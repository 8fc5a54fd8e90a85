import type { AttributeMetadata, EntityMetadata } from '@monotable/core';
import { buildTableDesign } from '../design';
import type { AttributeView, EntityView, ModelView } from './api-shapes';
import type { Model } from '../load';

export type { AttributeView, EntityView, ModelView, RelationView } from './api-shapes';

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
