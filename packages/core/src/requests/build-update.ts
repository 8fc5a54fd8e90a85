import {
  ExpressionContext,
  UpdateOperator,
  parsePropertyPath,
  cond,
  compileCondition,
  compileUpdate,
  expressionParams,
  parseCondition,
  parseUpdate,
  remove,
  sourced,
  update,
  type ConditionNode,
} from './expressions';
import {
  assertKnownProperties,
  updatedAtAttributes,
  versionAttribute,
  withoutRelations,
} from '../model/entity';
import { KeyTemplateError } from '../model/errors';
import { REMOVED, buildPrimaryKey, computeIndexKeyChanges } from '../model/keys';
import { assertIndexKeyValues } from '../model/keys/index-key-values';
import { indexSlotProperties } from '../model/keys/index-key-slots';
import type { EntityMetadata } from '../model/metadata/types';
import { entityAttributeResolver } from './attribute-resolver';
import { factsOf } from '../model/entity-model';
import { hasConstraints, validateEntity } from '../model/validation';
import { checkedVersionAttribute, expectedVersionCondition } from './expected-version';
import type { PreparedWrite } from './prepared-write';
import type { UpdateRequest } from './request-types';
import { findUpdatePlan, planValues, rememberUpdatePlan, updateShape } from './update-plan';
import { keySlotValues } from '../model/keys';

export interface UpdateBuildOptions {
  condition?: object;
  expectedVersion?: number;
  /** A condition monotable adds itself (the unique guard), on physical paths. */
  guard?: ConditionNode;
}

const isOperator = (value: unknown) => value instanceof UpdateOperator;
const isRemoval = (value: unknown) =>
  isOperator(value) && (value as UpdateOperator).operator === 'remove';

/** Top-level property changes as plain values (REMOVED for `remove()`), for key recomputation. */
function keyRelevantChanges(meta: EntityMetadata, changes: Record<string, unknown>) {
  const slots = indexSlotProperties(meta);
  const relevant: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const top = String(parsePropertyPath(path)[0]);
    if (path !== top) {
      if (slots.has(top)) {
        throw new KeyTemplateError(
          `${meta.name}.${top} is part of an index key; update it as a whole, not through '${path}'`,
        );
      }
      continue;
    }
    if (isRemoval(value)) relevant[path] = REMOVED;
    else if (isOperator(value)) {
      if (slots.has(path)) {
        throw new KeyTemplateError(
          `${meta.name}.${path} is part of an index key; set it to a plain value so the key can be recomputed`,
        );
      }
    } else relevant[path] = value;
  }
  return relevant;
}

/**
 * Changes of multi-attribute index key attributes, which need no key rendering: `null` becomes
 * `remove()` (DynamoDB refuses NULL in a key attribute; without a value the item leaves the
 * index), and plain values are checked as DynamoDB would check them.
 */
function withIndexKeyAttributes(meta: EntityMetadata, changes: Record<string, unknown>) {
  const properties = factsOf(meta).multiAttributeKeyProperties;
  if (properties.size === 0) return changes;
  const resolver = entityAttributeResolver(meta);
  const stored: Record<string, unknown> = {};
  let result = changes;
  for (const property of properties) {
    const value = changes[property];
    if (value === null) {
      if (result === changes) result = { ...changes };
      result[property] = remove();
    } else if (value !== undefined && !isOperator(value)) {
      stored[meta.attributes.get(property)!.attributeName] = resolver.toStored(property, value);
    }
  }
  assertIndexKeyValues(meta, stored, true);
  return result;
}

/**
 * The changes without the @Version property: monotable bumps it itself, so a whole entity read
 * back (version included) can be passed as `changes`. Optimistic locking is `expectedVersion`.
 */
function withoutVersion(meta: EntityMetadata, changes: Record<string, unknown>) {
  const version = versionAttribute(meta)?.propertyName;
  if (!version || !(version in changes)) return changes;
  const { [version]: _ignored, ...rest } = changes;
  return rest;
}

const isPath = (path: string) => path.includes('.') || path.includes('[');

/** The changes keyed by top-level property ('address.city' → 'address'), to check the names. */
function topLevelChanges(changes: Record<string, unknown>): Record<string, unknown> {
  if (!Object.keys(changes).some(isPath)) return changes;
  const topLevel: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(changes)) {
    topLevel[String(parsePropertyPath(path)[0])] = value;
  }
  return topLevel;
}

/**
 * Validates the plainly set top-level properties (operators and nested paths carry no whole
 * value to validate) on an instance holding the key and those values.
 */
async function validateChanges(
  meta: EntityMetadata,
  keyValues: Record<string, unknown>,
  changes: Record<string, unknown>,
): Promise<void> {
  const properties = Object.keys(changes).filter(
    (path) => changes[path] !== undefined && !isOperator(changes[path]) && !isPath(path),
  );
  const { constrainedProperties: constrained } = factsOf(meta);
  if (!hasConstraints(constrained, properties)) return;
  const candidate = Object.assign(Object.create(meta.target.prototype), keyValues);
  for (const name of properties) candidate[name] = changes[name];
  await validateEntity(candidate, meta.name, { properties, isOperator, constrained });
}

/**
 * UpdateItem for `update(key, changes, options)`: the item must exist; index keys whose slots
 * change are recomputed; @UpdatedAt stamped; @Version bumped and, with `expectedVersion`, checked;
 * above schema version 1, the version is set and the stored item must already be at it.
 * A repeated update of the same shape (see `updateShape`) reuses the compiled request and only
 * fills in its key and values.
 */
export async function prepareUpdate(
  meta: EntityMetadata,
  tableName: string,
  keyValues: Record<string, unknown>,
  changes: Record<string, unknown>,
  options: UpdateBuildOptions,
  now: Date,
): Promise<PreparedWrite> {
  changes = withoutVersion(meta, changes);
  checkedVersionAttribute(meta, options.expectedVersion); // the planned path fills it in as given
  const shape = updateShape(meta, changes, options);
  const plan = shape === undefined ? undefined : findUpdatePlan(meta, shape);
  const inputs = { changes, expectedVersion: options.expectedVersion, now };
  if (plan) {
    const key = buildPrimaryKey(meta, keyValues);
    await validateChanges(meta, keyValues, changes);
    const params = {
      TableName: tableName,
      Key: key,
      UpdateExpression: plan.UpdateExpression,
      ConditionExpression: plan.ConditionExpression,
      ExpressionAttributeNames: { ...plan.names },
      ExpressionAttributeValues: planValues(meta, plan, inputs),
    };
    return updateWrite(meta, key, params, options);
  }

  changes = withoutRelations(meta, changes);
  assertKnownProperties(meta, topLevelChanges(changes));
  changes = withIndexKeyAttributes(meta, changes);
  const key = buildPrimaryKey(meta, keyValues);
  await validateChanges(meta, keyValues, changes);

  const indexKeys = computeIndexKeyChanges(meta, keyValues, keyRelevantChanges(meta, changes));
  const resolver = entityAttributeResolver(meta);
  // A plannable shape tags every value with its source, so the plan is what the compiler built.
  const tagChange =
    shape === undefined
      ? undefined
      : (property: string, stored: unknown) => sourced(stored, { kind: 'change', property });
  const actions = parseUpdate(changes, resolver, tagChange);
  for (const [attribute, value] of Object.entries(indexKeys.set))
    actions.push(update.set([attribute], value));
  for (const attribute of indexKeys.remove) actions.push(update.remove([attribute]));
  for (const stamp of updatedAtAttributes(meta)) {
    if (!(stamp.propertyName in changes)) {
      const stored = resolver.toStored(stamp.propertyName, now);
      const value = sourced(stored, { kind: 'now', property: stamp.propertyName });
      actions.push(update.set([stamp.attributeName], value));
    }
  }
  const version = versionAttribute(meta);
  if (version) actions.push(update.increment([version.attributeName], 1));

  const conditions: (ConditionNode | undefined)[] = [cond.exists([meta.table.partitionKey])];
  // A versioned entity's update stores the current schema version, and an older item must
  // first be upgraded as a whole (the repository does so and retries) so that a partial update
  // never marks an old shape as current. Unversioned items (version 1) need neither.
  if (meta.schemaVersion > 1) {
    const { schemaVersionAttribute } = meta.table;
    actions.push(update.set([schemaVersionAttribute], meta.schemaVersion));
    conditions.push(cond.eq([schemaVersionAttribute], meta.schemaVersion));
  }
  conditions.push(expectedVersionCondition(meta, options.expectedVersion));
  if (options.condition) conditions.push(parseCondition(options.condition as any, resolver));
  conditions.push(options.guard);

  const ctx = new ExpressionContext();
  const params: UpdateRequest = {
    TableName: tableName,
    Key: key,
    UpdateExpression: compileUpdate(actions, ctx),
    ConditionExpression: compileCondition(cond.and(...conditions)!, ctx),
  };
  Object.assign(params, expressionParams(ctx));
  if (shape !== undefined && plan === undefined) {
    rememberUpdatePlan(meta, shape, params, inputs, ctx);
  }
  return updateWrite(meta, key, params, options);
}

function updateWrite(
  meta: EntityMetadata,
  key: Record<string, unknown>,
  params: UpdateRequest,
  options: UpdateBuildOptions,
): PreparedWrite {
  return {
    kind: 'update',
    entityName: meta.name,
    key,
    slotsOf: () => keySlotValues(meta, key),
    params,
    expectedVersion: options.expectedVersion,
    hasUserCondition: Boolean(options.condition),
  };
}
