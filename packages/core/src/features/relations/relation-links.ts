import { ConfigurationError } from '../../model/errors';
import type { EntityMetadata } from '../../model/metadata/types';
import { childQuery, type ChildQuery } from '../../model/relations/child-query';
import {
  RELATION_DECORATORS,
  type ManyToManyPlan,
  type RelationPlan,
} from '../../model/relations/relation-plan';
import { mappedValues } from '../../model/relations/relation-values';
import type { AnySortKeyWhere } from '../../model/entity/entity-types';
import type { Page } from '../../requests/options';
import type { Condition } from '../../requests/expressions';
import { uniqueAttributes } from '../../requests/unique';
import { mapConcurrent } from '../../runtime/batch/map-concurrent';
import { batchGetEntities } from '../../runtime/reads/batch-get-entities';
import { queryAll, queryPage } from '../../runtime/reads/query-entities';
import { writeBatch } from '../../runtime/write-batch';
import { writeEntity } from '../../runtime/write-entity';
import type { RelationModel } from './relation-model';

/** Options of `db.relation(entity, name).list(...)`. */
export interface RelationListOptions<R> {
  /** Sort key condition on the children's own attributes (not for many-to-many). */
  where?: AnySortKeyWhere<R>;
  /** Filter applied by DynamoDB after reading (not for many-to-many). */
  filter?: Condition<R>;
  limit?: number;
  cursor?: string;
  order?: 'asc' | 'desc';
  /** Strongly consistent read (table partitions only). */
  consistent?: boolean;
  maxPages?: number;
}

type Values = Record<string, unknown>;

/** Edges deleted per BatchWriteItem round of `clear` (without @Unique markers). */
const CLEAR_PAGE = 100;
/** Edges with @Unique markers deleted at once, each with its markers in one transaction. */
const CLEAR_CONCURRENCY = 4;

export function describeRelation(plan: RelationPlan): string {
  return `${plan.owner.name}.${plan.property} (${RELATION_DECORATORS[plan.kind]})`;
}

/** The children (edges, for many-to-many) of the owner's relation. */
function ownerQuery(plan: RelationPlan, owner: Values): ChildQuery {
  const access =
    plan.kind === 'manyToMany' ? plan.edges : plan.kind === 'belongsTo' ? undefined : plan.children;
  const child =
    plan.kind === 'manyToMany' ? plan.edge : plan.kind === 'belongsTo' ? undefined : plan.target;
  const query = access && child ? childQuery(child, access, owner) : undefined;
  if (!query) {
    const needed = [
      ...Object.values(access?.partition ?? {}),
      ...Object.values(access?.sortPrefix ?? {}),
    ];
    throw new ConfigurationError(
      `${describeRelation(plan)} needs ${needed.map((p) => `${plan.owner.name}.${p}`).join(', ')}; pass an entity read from the table`,
    );
  }
  return query;
}

function pageOf<I>(
  model: RelationModel,
  plan: RelationPlan,
  query: ChildQuery,
  options: RelationListOptions<unknown>,
): Promise<Page<I>> {
  const where = { ...((options.where as Values) ?? {}) };
  for (const slot of Object.keys(query.where)) {
    if (where[slot] !== undefined) {
      throw new ConfigurationError(
        `${describeRelation(plan)}: where.${slot} is set by the relation itself (the owner's key); leave it out`,
      );
    }
  }
  return queryPage<I>(model.connection, query.child, query.partition, {
    index: query.index,
    where: { ...query.where, ...where },
    filter: options.filter as object | undefined,
    limit: options.limit,
    cursor: options.cursor,
    order: options.order,
    consistent: query.index ? undefined : options.consistent,
    maxPages: options.maxPages,
  });
}

/**
 * One page of related items. `@HasMany`/`@HasOne`: one Query on the owner's partition (or the
 * relation's index). `@ManyToMany`: one Query for a page of edges, then one BatchGetItem for
 * their targets (edges whose target is gone are skipped).
 */
export async function listRelated<R>(
  model: RelationModel,
  owner: Values,
  plan: RelationPlan,
  options: RelationListOptions<R>,
): Promise<Page<R>> {
  if (plan.kind === 'belongsTo') {
    throw new ConfigurationError(
      `${describeRelation(plan)} is a single parent: load it with get(key, { include: ['${plan.property}'] })`,
    );
  }
  const query = ownerQuery(plan, owner);
  if (plan.kind !== 'manyToMany') return pageOf<R>(model, plan, query, options);
  if (options.where || options.filter) {
    throw new ConfigurationError(
      `${describeRelation(plan)}: where and filter apply to children; to select edges by their attributes, ` +
        `declare @HasMany(() => ${plan.edge.target.name}) and list that relation`,
    );
  }
  const edges = await pageOf<Values>(model, plan, query, options);
  const keys = edges.items.map((edge) => mappedValues(plan.targetKey, edge));
  const targets = keys.length
    ? await batchGetEntities<R>(model.connection, plan.target, keys, {
        consistent: options.consistent,
      })
    : [];
  return {
    items: targets.filter((target): target is Awaited<R> => target !== undefined) as R[],
    cursor: edges.cursor,
  };
}

export function manyToManyPlan(plan: RelationPlan, method: string): ManyToManyPlan {
  if (plan.kind !== 'manyToMany') {
    throw new ConfigurationError(
      `${method}() links items of a @ManyToMany relation; ${describeRelation(plan)} is a ${RELATION_DECORATORS[plan.kind]}: ` +
        `write the ${plan.target.name} itself with its repository`,
    );
  }
  return plan;
}

/** Key properties of the edge linking the owner and `target`. */
function edgeKey(plan: ManyToManyPlan, owner: Values, target: Values): Values {
  const values: Values = {
    ...mappedValues(plan.edges.partition, owner),
    ...mappedValues(plan.edges.sortPrefix, owner),
  };
  for (const [targetSlot, edgeProperty] of Object.entries(plan.targetKey)) {
    values[edgeProperty] = target[targetSlot];
  }
  return values;
}

/** Stores the edge linking the owner and `target` (replacing an existing one). One PutItem. */
export async function addLink(
  model: RelationModel,
  owner: Values,
  plan: ManyToManyPlan,
  target: Values,
  edgeData: Values,
): Promise<object> {
  const data = { ...edgeData, ...edgeKey(plan, owner, target) };
  const sent = await writeEntity(model.connection, plan.edge, { kind: 'put', data });
  return sent!.operation.writes[0].entity as object;
}

/** Deletes the edge linking the owner and `target`. One DeleteItem. */
export async function removeLink(
  model: RelationModel,
  owner: Values,
  plan: ManyToManyPlan,
  target: Values,
): Promise<void> {
  await writeEntity(model.connection, plan.edge, {
    kind: 'delete',
    key: edgeKey(plan, owner, target),
  });
}

async function deleteEdges(model: RelationModel, edge: EntityMetadata, keys: Values[]) {
  if (uniqueAttributes(edge).length === 0) {
    await writeBatch(
      model.connection,
      edge,
      keys.map((key) => ({ kind: 'delete' as const, key })),
      'clear',
    );
    return;
  }
  // A batch cannot release @Unique markers atomically: each edge goes with its markers.
  await mapConcurrent(keys, CLEAR_CONCURRENCY, (key) =>
    writeEntity(model.connection, edge, { kind: 'delete', key }),
  );
}

/**
 * Deletes every edge of the owner: one Query per page of edges, then one BatchWriteItem per 25
 * of them (or, for edges with @Unique attributes, each edge with its markers). Not atomic.
 * Returns how many edges were deleted.
 */
export async function clearLinks(
  model: RelationModel,
  owner: Values,
  plan: ManyToManyPlan,
): Promise<number> {
  const query = ownerQuery(plan, owner);
  let batch: Values[] = [];
  let deleted = 0;
  const flush = async () => {
    await deleteEdges(model, plan.edge, batch);
    deleted += batch.length;
    batch = [];
  };
  for await (const edge of queryAll<Values>(model.connection, plan.edge, query.partition, {
    index: query.index,
    where: query.where,
  })) {
    batch.push(edge);
    if (batch.length === CLEAR_PAGE) await flush();
  }
  if (batch.length) await flush();
  return deleted;
}
