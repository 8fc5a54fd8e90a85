import { KeyTemplateError } from '../model/errors';
import { compareUtf8 } from '../model/keys/compare-utf8';
import { joinWords } from '../model/keys/join-words';
import { readSlotCondition } from '../model/keys/read-slot-condition';
import { hasSlotValue } from '../model/keys/render-slot-value';
import type { SlotCondition } from '../model/keys/sort-key-condition';
import { keyAttributeType } from '../model/metadata/key-attribute-type';
import type { EntityMetadata } from '../model/metadata/types';
import { entityAttributeResolver } from './attribute-resolver';
import type { KeyEquality, SortKeyCondition } from './expressions';

/** The key condition of a Query on a multi-attribute index, on stored attribute names and values. */
export interface AttributeKeyCondition {
  /** Every partition key attribute, then a leading run of sort key attributes. */
  equalities: KeyEquality[];
  /** At most one condition on the sort key attribute after the equalities. */
  sort?: { attribute: string } & SortKeyCondition;
}

type StoredKeyValue = string | number | Uint8Array;

/** Orders two values of one key attribute as DynamoDB sorts them. */
function compareKeyValues(a: StoredKeyValue, b: StoredKeyValue): number {
  if (typeof a === 'string' && typeof b === 'string') return compareUtf8(a, b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.compare(a, b);
  return Number(a) - Number(b);
}

const isEmptyKeyValue = (value: unknown) =>
  value === '' || (value instanceof Uint8Array && value.byteLength === 0);

/**
 * What `where` says about each sort key property, checked: only sort key properties, one
 * operator each, a leading run without gaps, equality on all of it but the last. `last` is the
 * position of the last property given (-1 for none).
 */
function sortConditions(
  sortKey: readonly string[],
  where: Record<string, unknown> | undefined,
  fail: (problem: string) => never,
): { conditions: Map<string, SlotCondition>; last: number } {
  const conditions = new Map<string, SlotCondition>();
  for (const [property, raw] of Object.entries(where ?? {})) {
    if (raw === undefined) continue;
    if (!sortKey.includes(property)) {
      fail(
        `where takes ${sortKey.length ? joinWords(sortKey) : 'no properties'}, not '${property}' — put other conditions in filter`,
      );
    }
    const condition = readSlotCondition(raw);
    if (typeof condition === 'string') fail(`${property} ${condition}`);
    else conditions.set(property, condition);
  }
  // The sort key attributes sort left to right: equality on a leading run, then one condition.
  const given = sortKey.map((property) => conditions.has(property));
  const last = given.lastIndexOf(true);
  const gap = given.indexOf(false);
  if (gap >= 0 && gap < last) {
    fail(
      `a condition on ${sortKey[last]} needs an equality value for ${sortKey[gap]} too: sort key properties are matched left to right and cannot be skipped`,
    );
  }
  for (const property of sortKey.slice(0, Math.max(last, 0))) {
    const { op } = conditions.get(property)!;
    if (op !== 'eq') {
      fail(
        `${property} has '${op}' but a later sort key property is also given: only the last one given may use a range or beginsWith, the ones before it need equality`,
      );
    }
  }
  return { conditions, last };
}

/**
 * Translates `query(partition, { index, where })` on a multi-attribute index into equalities
 * and one sort key condition, refusing what DynamoDB would refuse: a missing partition key
 * value, a condition on anything but a sort key property, a skipped sort key property, a range
 * before the last condition given, beginsWith on a number, an inverted between, empty values.
 *
 * @example
 * // index byStatus: { pk: ['orgId', 'status'], sk: ['priority', 'createdAt'] }
 * attributeKeyCondition(taskMeta, 'byStatus', { orgId: 'o1', status: 'open' }, { priority: { gte: 3 } })
 * // { equalities: [{ attribute: 'orgId', value: 'o1' }, { attribute: 'status', value: 'open' }],
 * //   sort: { attribute: 'priority', op: 'gte', value: 3 } }
 */
export function attributeKeyCondition(
  meta: EntityMetadata,
  index: string,
  partition: Record<string, unknown>,
  where: Record<string, unknown> | undefined,
): AttributeKeyCondition {
  const keys = meta.attributeIndexes[index];
  const describeKey = `index ${index} (pk ${keys.pk.join(', ')}${keys.sk.length ? `; sk ${keys.sk.join(', ')}` : ''})`;
  const fail = (problem: string): never => {
    throw new KeyTemplateError(`A query on ${meta.name} in ${describeKey}: ${problem}`);
  };
  const resolver = entityAttributeResolver(meta);
  const attributeName = (property: string) => meta.attributes.get(property)!.attributeName;
  const stored = (property: string, value: unknown): StoredKeyValue => {
    const result = resolver.toStored(property, value) as StoredKeyValue;
    if (isEmptyKeyValue(result)) fail(`${property} is empty, which no key value can be`);
    return result;
  };

  const missing = keys.pk.filter((property) => !hasSlotValue(partition?.[property]));
  if (missing.length) {
    fail(`the partition needs ${joinWords(missing)} (every partition key property, with a value)`);
  }
  const equalities: KeyEquality[] = keys.pk.map((property) => ({
    attribute: attributeName(property),
    value: stored(property, partition[property]),
  }));

  const { conditions, last } = sortConditions(keys.sk, where, fail);
  for (const property of keys.sk.slice(0, last + 1)) {
    const condition = conditions.get(property)!;
    if (condition.op !== 'eq') break;
    if (!hasSlotValue(condition.value)) fail(`${property} needs a value`);
    equalities.push({
      attribute: attributeName(property),
      value: stored(property, condition.value),
    });
  }
  const target = last >= 0 ? conditions.get(keys.sk[last])! : undefined;
  if (!target || target.op === 'eq') return { equalities };
  const property = keys.sk[last];
  const attribute = attributeName(property);
  const type = keyAttributeType(meta.attributes.get(property)!);
  if (target.op === 'beginsWith') {
    const prefix = target.value;
    const fits = type === 'B' ? prefix instanceof Uint8Array : typeof prefix === 'string';
    if (type === 'N') {
      fail(
        `beginsWith works on string and binary attributes, and ${property} is a number: use a range (gte, lt, between)`,
      );
    }
    if (!fits || isEmptyKeyValue(prefix)) {
      fail(
        `beginsWith on ${property} needs a non-empty ${type === 'B' ? 'binary' : 'string'} prefix`,
      );
    }
    const value = prefix as string | Uint8Array;
    return { equalities, sort: { attribute, op: 'beginsWith', value } };
  }
  for (const value of target.op === 'between' ? [target.value, target.value2] : [target.value]) {
    if (!hasSlotValue(value)) fail(`${property} ${target.op} needs a value`);
  }
  if (target.op !== 'between') {
    return {
      equalities,
      sort: { attribute, op: target.op, value: stored(property, target.value) },
    };
  }
  const low = stored(property, target.value);
  const high = stored(property, target.value2);
  if (compareKeyValues(low, high) > 0) {
    fail(
      `between on ${property} needs [low, high], got [${String(target.value)}, ${String(target.value2)}]`,
    );
  }
  return { equalities, sort: { attribute, op: 'between', value: low, value2: high } };
}
