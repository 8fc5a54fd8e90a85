import { assertKeySize } from './key-size';
import { KeyTemplateError } from '../errors';
import type { AttributeMetadata, KeyTemplate } from '../metadata/types';
import { hasSlotValue, renderSlotValue } from './render-slot-value';

type Attributes = Map<string, AttributeMetadata>;

/**
 * Renders a key from the entity's property values.
 *
 * @example
 * renderKeyTemplate(parseKeyTemplate('ORDER#{placedAt}#{id}'), { placedAt: '2026-11-03', id: 'a1' },
 *   attributes, 'Order') // 'ORDER#2026-11-03#a1'
 */
export function renderKeyTemplate(
  template: KeyTemplate,
  values: Record<string, unknown>,
  attributes: Attributes,
  entityName: string,
): string {
  let key = '';
  for (const part of template.parts) {
    key +=
      part.kind === 'literal'
        ? part.value
        : renderSlotValue(values[part.property], attributes.get(part.property), {
            entityName,
            property: part.property,
            template: template.source,
          });
  }
  return key;
}

/**
 * Renders literals and slots left to right up to the first slot without a value, for queries
 * on a leading part of a composite key. `complete` says whether the whole key was rendered.
 *
 * @example
 * renderKeyPrefix(parseKeyTemplate('ORDER#{placedAt}#{id}'), { placedAt: '2026-11-03' }, attributes, 'Order')
 * // { value: 'ORDER#2026-11-03#', complete: false }
 */
export function renderKeyPrefix(
  template: KeyTemplate,
  values: Record<string, unknown>,
  attributes: Attributes,
  entityName: string,
): { value: string; complete: boolean } {
  let value = '';
  for (const part of template.parts) {
    if (part.kind === 'literal') {
      value += part.value;
      continue;
    }
    const slotValue = values[part.property];
    if (!hasSlotValue(slotValue)) return { value, complete: false };
    value += renderSlotValue(slotValue, attributes.get(part.property), {
      entityName,
      property: part.property,
      template: template.source,
    });
  }
  return { value, complete: true };
}

/** The partition key value of a query; every slot of the pk template must be given. */
export function renderPartitionKey(
  template: KeyTemplate,
  values: Record<string, unknown>,
  attributes: Attributes,
  entityName: string,
): string {
  const missing = template.slots.filter((slot) => !hasSlotValue(values?.[slot]));
  if (missing.length) {
    throw new KeyTemplateError(
      `A query on ${entityName} needs the partition key value${missing.length > 1 ? 's' : ''} ` +
        `${missing.join(', ')} (partition key template '${template.source}')`,
    );
  }
  return assertKeySize(
    renderKeyTemplate(template, values, attributes, entityName),
    'partition',
    `The partition key of a query on ${entityName}`,
  );
}
