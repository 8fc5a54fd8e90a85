import type { AttributeMetadata, EntityMetadata, KeyTemplate } from '../metadata/types';

/** What reading an item of one entity needs, computed once per entity (reads are hot paths). */
export interface ReadPlan {
  attributes: AttributeMetadata[];
  keyTemplates: Array<[string, KeyTemplate]>;
}

export function buildReadPlan(meta: EntityMetadata): ReadPlan {
  return { attributes: [...meta.attributes.values()], keyTemplates: keyTemplates(meta) };
}

/** Key attribute name → the template that wrote it. */
function keyTemplates(meta: EntityMetadata): Array<[string, KeyTemplate]> {
  const { table } = meta;
  const pairs: Array<[string, KeyTemplate | undefined]> = [
    [table.partitionKey, meta.keys.pk],
    [table.sortKey ?? '', meta.keys.sk],
  ];
  for (const [index, templates] of Object.entries(meta.indexes)) {
    if (!table.indexes[index] || table.isMultiAttributeIndex(index)) continue;
    const { partitionKey, sortKey } = table.keyAttributes(index);
    pairs.push([partitionKey, templates.pk], [sortKey ?? '', templates.sk]);
  }
  return pairs.filter((pair): pair is [string, KeyTemplate] => Boolean(pair[0] && pair[1]));
}
