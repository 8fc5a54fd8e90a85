import { factsOf, memoOf } from '../model/entity-model';
import {
  UpdateOperator,
  storedChangeValue,
  type AttributeResolver,
  type ExpressionContext,
  type ValueSource,
} from './expressions';
import { isPlainObject } from './expressions/plain-object';
import { indexSlotProperties, primaryKeySlots } from '../model/keys/index-key-slots';
import type { EntityMetadata } from '../model/metadata/types';
import { sameStoredValue } from '../model/schema/same-stored-value';
import { entityAttributeResolver } from './attribute-resolver';
import type { UpdateRequest } from './request-types';

/**
 * The request of one update shape (an entity, which properties change, with or without
 * `expectedVersion`) with the values left out: a repeated update fills values in instead of
 * parsing, checking and compiling again. Built from a request of the full path, never by hand.
 */
export interface UpdatePlan {
  UpdateExpression: string;
  ConditionExpression: string;
  names: Readonly<Record<string, string>>;
  placeholders: readonly string[];
  sources: readonly ValueSource[];
}

export interface UpdateCallInputs {
  changes: Record<string, unknown>;
  expectedVersion?: number;
  now: Date;
}

/** Plans kept per entity; past this many shapes new ones are not remembered. */
const MAX_PLANS_PER_ENTITY = 256;
const PLANS = Symbol('update plans');
const UNPLANNABLE = Symbol('unplannable properties');

/** The plans of an entity model, by shape (null: the shape always takes the full path). */
function plansOf(meta: EntityMetadata): Map<string, UpdatePlan | null> {
  return memoOf(meta, PLANS, () => new Map<string, UpdatePlan | null>());
}

/**
 * Properties whose change needs the full path: key slots (checked, recomputed), attributes of
 * multi-attribute index keys (checked) and relations.
 */
function unplannableProperties(meta: EntityMetadata): ReadonlySet<string> {
  return memoOf(meta, UNPLANNABLE, () => {
    const set = new Set([
      ...primaryKeySlots(meta),
      ...indexSlotProperties(meta),
      ...factsOf(meta).multiAttributeKeyProperties,
    ]);
    for (const relation of meta.relations) set.add(relation.propertyName);
    return set;
  });
}

/**
 * The shape of an update that a plan can serve, or undefined: plain (not operator, not null,
 * not undefined) values of top-level attributes outside any key, and no condition of the
 * caller's or monotable's own (unique guard).
 */
export function updateShape(
  meta: EntityMetadata,
  changes: Record<string, unknown>,
  options: { condition?: object; guard?: unknown; expectedVersion?: number },
): string | undefined {
  if (options.condition || options.guard || !isPlainObject(changes)) return undefined;
  const excluded = unplannableProperties(meta);
  let shape = options.expectedVersion === undefined ? '-' : 'v';
  for (const property of Object.keys(changes)) {
    const value = changes[property];
    if (value === undefined || value === null) return undefined;
    if (excluded.has(property) || property.includes('.') || property.includes('[')) {
      return undefined;
    }
    shape += `\u0000${property}`;
    if (value instanceof UpdateOperator) {
      // Of the operators only increment/decrement carry one value a plan can fill in.
      if (value.operator !== 'increment' && value.operator !== 'decrement') return undefined;
      shape += `\u0001${value.operator}`;
    }
  }
  return shape;
}

export function findUpdatePlan(meta: EntityMetadata, shape: string): UpdatePlan | null | undefined {
  return plansOf(meta).get(shape);
}

function valueOf(
  resolver: AttributeResolver,
  source: ValueSource,
  inputs: UpdateCallInputs,
): unknown {
  switch (source.kind) {
    case 'change':
      return storedChangeValue(source.property, inputs.changes[source.property], resolver);
    case 'amount':
      return (inputs.changes[source.property] as { amount: number }).amount;
    case 'now':
      return resolver.toStored(source.property, inputs.now);
    case 'expectedVersion':
      return inputs.expectedVersion;
    case 'constant':
      return source.value;
  }
}

/** The ExpressionAttributeValues of a planned update for one call's inputs. */
export function planValues(
  meta: EntityMetadata,
  plan: UpdatePlan,
  inputs: UpdateCallInputs,
): Record<string, unknown> {
  const resolver = entityAttributeResolver(meta);
  const values: Record<string, unknown> = {};
  for (let i = 0; i < plan.sources.length; i++) {
    values[plan.placeholders[i]] = valueOf(resolver, plan.sources[i], inputs);
  }
  return values;
}

/**
 * Remembers the plan of `shape` from a request the full path just compiled for `inputs`: the
 * expressions and names as compiled, and for each value placeholder the source the compiler
 * recorded (a value without one is a constant of the request, such as the 0 of an increment).
 * The plan is kept only if filling it in for these inputs gives back exactly that request;
 * otherwise the shape is marked to always take the full path.
 */
export function rememberUpdatePlan(
  meta: EntityMetadata,
  shape: string,
  params: UpdateRequest,
  inputs: UpdateCallInputs,
  ctx: ExpressionContext,
): void {
  const byShape = plansOf(meta);
  if (byShape.size >= MAX_PLANS_PER_ENTITY) return;
  const built: Record<string, unknown> = params.ExpressionAttributeValues ?? {};
  const placeholders = Object.keys(built);
  const plan: UpdatePlan = {
    UpdateExpression: params.UpdateExpression,
    ConditionExpression: params.ConditionExpression!, // every update requires the item to exist
    names: Object.freeze({ ...params.ExpressionAttributeNames }),
    placeholders,
    sources: placeholders.map(
      (placeholder): ValueSource =>
        ctx.sourceOf(placeholder) ?? { kind: 'constant', value: built[placeholder] },
    ),
  };
  const changed = plan.sources.filter(
    (source) => source.kind === 'change' || source.kind === 'amount',
  ).length;
  const faithful =
    changed === Object.keys(inputs.changes).length &&
    sameStoredValue(planValues(meta, plan, inputs), built);
  byShape.set(shape, faithful ? plan : null);
}

/** Forgets the plans of an entity model: the next update of every shape takes the full path. */
export function forgetUpdatePlans(meta: EntityMetadata): void {
  plansOf(meta).clear();
}
