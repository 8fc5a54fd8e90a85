import { KeyTemplateError } from '../errors';
import type { AttributeMetadata, KeyTemplate } from '../metadata/types';
import { compareUtf8 } from './compare-utf8';
import { KEY_SEPARATOR } from './key-segments';
import { renderKeyPrefix } from './render-key-template';
import { renderSlotValue } from './render-slot-value';
import { readSlotCondition } from './read-slot-condition';
import type { SlotCondition, SortKeyCondition } from './sort-key-condition';
import { slotRange } from './slot-range';

type Attributes = Map<string, AttributeMetadata>;

function givenConditions(
  template: KeyTemplate,
  where: Record<string, unknown>,
  entityName: string,
) {
  const fail = (problem: string): never => {
    throw new KeyTemplateError(
      `where on ${entityName} (sort key '${template.source}'): ${problem}`,
    );
  };
  const conditions = new Map<string, SlotCondition>();
  for (const [property, raw] of Object.entries(where)) {
    if (raw === undefined) continue;
    if (!template.slots.includes(property)) {
      fail(
        `'${property}' is not a sort key slot; where takes ${template.slots.join(', ') || 'no properties'} — put other conditions in filter`,
      );
    }
    const condition = readSlotCondition(raw);
    if (typeof condition === 'string') fail(`${property} ${condition}`);
    else conditions.set(property, condition);
  }
  // A key sorts by its slots left to right, so only a leading run of slots can be conditioned,
  // with equality on all but the last.
  const given = template.slots.map((slot) => conditions.has(slot));
  const last = given.lastIndexOf(true);
  const gap = given.indexOf(false);
  if (gap >= 0 && gap < last) {
    fail(
      `a condition on ${template.slots[last]} needs an equality value for ${template.slots[gap]} too: ` +
        'slots are matched left to right and cannot be skipped',
    );
  }
  for (const slot of template.slots.slice(0, Math.max(last, 0))) {
    if (conditions.get(slot)!.op !== 'eq') {
      fail(
        `${slot} has '${conditions.get(slot)!.op}' but a later slot is also given: only the last given slot may use a range or beginsWith, the ones before it need equality`,
      );
    }
  }
  return { conditions, last };
}

/**
 * Translates a `where` written on the entity's own sort key slots into one sort key condition.
 *
 * @example
 * // sk 'ORDER#{placedAt}#{id}'
 * translateSortKeyCondition(sk, { placedAt: { beginsWith: '2026-11' } }, attributes, 'Order')
 * // { op: 'beginsWith', value: 'ORDER#2026-11' }
 */
export function translateSortKeyCondition(
  template: KeyTemplate | undefined,
  where: Record<string, unknown> | undefined,
  attributes: Attributes,
  entityName: string,
): SortKeyCondition | undefined {
  const hasWhere = Object.values(where ?? {}).some((value) => value !== undefined);
  if (!template) {
    if (hasWhere)
      throw new KeyTemplateError(`${entityName} has no sort key, so a query on it takes no where`);
    return undefined;
  }
  const { conditions, last } = givenConditions(template, where ?? {}, entityName);
  const equalities: Record<string, unknown> = {};
  for (const [slot, condition] of conditions)
    if (condition.op === 'eq') equalities[slot] = condition.value;
  const prefix = renderKeyPrefix(template, equalities, attributes, entityName);
  const target = last >= 0 ? conditions.get(template.slots[last])! : undefined;
  if (!target || target.op === 'eq') {
    if (prefix.complete) return { op: 'eq', value: prefix.value };
    // With no slot given this selects all of the entity's items (its leading literal).
    return prefix.value ? { op: 'beginsWith', value: prefix.value } : undefined;
  }
  const property = template.slots[last];
  const context = { entityName, property, template: template.source };
  if (target.op === 'beginsWith') {
    if (typeof target.value !== 'string' || target.value.includes(KEY_SEPARATOR)) {
      throw new KeyTemplateError(
        `${entityName}.${property}: beginsWith needs a string without '${KEY_SEPARATOR}' (key template '${template.source}')`,
      );
    }
    const value = prefix.value + target.value;
    return value ? { op: 'beginsWith', value } : undefined;
  }
  const attribute = attributes.get(property);
  if (attribute?.type === 'number' && attribute.padding === undefined) {
    throw new KeyTemplateError(
      `${entityName}.${property} is a number without padding, so its key text does not sort numerically; ` +
        `set @Attribute({ padding }) to use ${target.op} on it (key template '${template.source}')`,
    );
  }
  const render = (value: unknown) => renderSlotValue(value, attribute, context);
  const lastPart = template.parts[template.parts.length - 1];
  const followed = !(lastPart.kind === 'slot' && lastPart.property === property);
  if (target.op !== 'between')
    return slotRange(prefix.value, followed, target.op, render(target.value));
  const condition = slotRange(
    prefix.value,
    followed,
    'between',
    render(target.value),
    render(target.value2),
  );
  if (condition.op === 'between' && compareUtf8(condition.value, condition.value2) > 0) {
    throw new KeyTemplateError(
      `${entityName}.${property}: between needs [low, high], got [${String(target.value)}, ${String(target.value2)}] ` +
        `(key template '${template.source}')`,
    );
  }
  return condition;
}
