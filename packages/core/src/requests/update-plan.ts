import { updatedAtAttributes, versionAttribute } from '../model/entity';
import { UpdateOperator, storedChangeValue, type AttributeResolver } from './expressions';
import { isPlainObject } from './expressions/plain-object';
import { indexSlotProperties, primaryKeySlots } from '../model/keys/index-key-slots';
import type { EntityMetadata } from '../model/metadata/types';
import { sameStoredValue } from '../model/schema/same-stored-value';
import { entityAttributeResolver } from './attribute-resolver';

/**
 * Where each ExpressionAttributeValues entry of a planned update comes from: a changed
 * property, the time of the call (an @UpdatedAt stamp), `expectedVersion`, or a constant (the
 * version increment, the schema version).
 */
type ValueSource =
  | { kind: 'change'; property: string }
  | { kind: 'now'; property: string }
  | { kind: 'expectedVersion' }
  | { kind: 'constant'; value: unknown };

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
const plans = new WeakMap<EntityMetadata, Map<string, UpdatePlan | null>>();
const unplannable = new WeakMap<EntityMetadata, ReadonlySet<string>>();

/** Properties whose change needs the full path: key slots (checked, recomputed) and relations. */
function unplannableProperties(meta: EntityMetadata): ReadonlySet<string> {
  let properties = unplannable.get(meta);
  if (!properties) {
    const set = new Set([...primaryKeySlots(meta), ...indexSlotProperties(meta)]);
    for (const relation of meta.relations) set.add(relation.propertyName);
    unplannable.set(meta, (properties = set));
  }
  return properties;
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
    if (value === undefined || value === null || value instanceof UpdateOperator) return undefined;
    if (excluded.has(property) || property.includes('.') || property.includes('[')) {
      return undefined;
    }
    shape += `\u0000${property}`;
  }
  return shape;
}

export function findUpdatePlan(meta: EntityMetadata, shape: string): UpdatePlan | null | undefined {
  return plans.get(meta)?.get(shape);
}

function valueOf(
  resolver: AttributeResolver,
  source: ValueSource,
  inputs: UpdateCallInputs,
): unknown {
  switch (source.kind) {
    case 'change':
      return storedChangeValue(source.property, inputs.changes[source.property], resolver);
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

/** The value sources of a plannable update, in the order the full path registers its values. */
function expectedSources(meta: EntityMetadata, inputs: UpdateCallInputs): ValueSource[] {
  const sources: ValueSource[] = Object.keys(inputs.changes).map((property) => ({
    kind: 'change',
    property,
  }));
  for (const stamp of updatedAtAttributes(meta)) {
    if (!(stamp.propertyName in inputs.changes)) {
      sources.push({ kind: 'now', property: stamp.propertyName });
    }
  }
  if (versionAttribute(meta)) {
    sources.push({ kind: 'constant', value: 0 }, { kind: 'constant', value: 1 });
  }
  if (meta.schemaVersion > 1) {
    // Set by the update, then required by its condition.
    sources.push({ kind: 'constant', value: meta.schemaVersion });
    sources.push({ kind: 'constant', value: meta.schemaVersion });
  }
  if (inputs.expectedVersion !== undefined) sources.push({ kind: 'expectedVersion' });
  return sources;
}

/**
 * Remembers the plan of `shape` from a request the full path just built for `inputs`. The plan
 * is kept only if filling it in for these inputs gives back exactly that request; otherwise
 * the shape is marked to always take the full path.
 */
export function rememberUpdatePlan(
  meta: EntityMetadata,
  shape: string,
  params: Record<string, any>,
  inputs: UpdateCallInputs,
): void {
  let byShape = plans.get(meta);
  if (!byShape) plans.set(meta, (byShape = new Map()));
  if (byShape.size >= MAX_PLANS_PER_ENTITY) return;
  const built: Record<string, unknown> = params.ExpressionAttributeValues ?? {};
  const plan: UpdatePlan = {
    UpdateExpression: params.UpdateExpression,
    ConditionExpression: params.ConditionExpression,
    names: Object.freeze({ ...params.ExpressionAttributeNames }),
    placeholders: Object.keys(built),
    sources: expectedSources(meta, inputs),
  };
  const faithful =
    plan.sources.length === plan.placeholders.length &&
    sameStoredValue(planValues(meta, plan, inputs), built);
  byShape.set(shape, faithful ? plan : null);
}

/** Forgets the plans of an entity: the next update of every shape takes the full path. */
export function forgetUpdatePlans(meta: EntityMetadata): void {
  plans.delete(meta);
}
