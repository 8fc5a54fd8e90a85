import { ConfigurationError } from '../errors';
import type { Condition } from '../expressions';
import type { Page, SortKeyWhere } from '../repository/types';
import { childQuery, type ChildQuery } from './child-query';
import type { RelationModel } from './relation-model';
import { RELATION_DECORATORS, type ManyToManyPlan, type RelationPlan } from './relation-plan';
import { mappedValues } from './relation-values';

/** Options of `db.relation(entity, name).list(...)`. */
export interface RelationListOptions<R> {
  /** Sort key condition on the children's own attributes (not for many-to-many). */
  where?: SortKeyWhere<R>;
  /** Filter applied by DynamoDB after reading (not for many-to-many). */
  filter?: Condition<R>;
  limit?: number;
  cursor?: string;
  order?: 'asc' | 'desc';
  /** Strongly consistent read (table partitions only). */
  consistent?: boolean;
  maxPages?: number;
}

/**
 * The related items of one entity, page by page, and the links of a many-to-many relation.
 * Get one from `db.relation(customer, 'orders')`.
 *
 * @example
 * const page = await db.relation(customer, 'orders').list({ limit: 10, order: 'desc' });
 * await db.relation(order, 'products').add(product, { quantity: 2 });
 */
export class RelationHandle<T extends object, R> {
  constructor(
    private readonly model: RelationModel,
    private readonly owner: T,
    private readonly plan: RelationPlan,
  ) {}

  /**
   * One page of related items. `@HasMany`/`@HasOne`: one Query on the owner's partition (or
   * the relation's index). `@ManyToMany`: one Query for a page of edges, then one BatchGetItem
   * for their targets (edges whose target is gone are skipped); list the edges themselves, with
   * their attributes, through a `@HasMany` to the edge entity.
   */
  async list(options: RelationListOptions<R> = {}): Promise<Page<R>> {
    const { plan } = this;
    if (plan.kind === 'belongsTo') {
      throw new ConfigurationError(
        `${this.describe()} is a single parent: load it with get(key, { include: ['${plan.property}'] })`,
      );
    }
    if (plan.kind !== 'manyToMany') return this.page<R>(this.query(), options);
    if (options.where || options.filter) {
      throw new ConfigurationError(
        `${this.describe()}: where and filter apply to children; to select edges by their attributes, ` +
          `declare @HasMany(() => ${plan.edge.target.name}) and list that relation`,
      );
    }
    const edges = await this.page<Record<string, unknown>>(this.query(), options);
    const keys = edges.items.map((edge) => mappedValues(plan.targetKey, edge));
    const targets = keys.length
      ? await this.model.repository(plan.target).batchGet(keys, { consistent: options.consistent })
      : [];
    return {
      items: targets.filter((target): target is R => target !== undefined),
      cursor: edges.cursor,
    };
  }

  /**
   * Links the owner to `target` (many-to-many): stores the edge item, whose key properties come
   * from both sides and whose other attributes from `edgeData`. Adding an existing link replaces
   * its edge. One PutItem. Returns the edge.
   */
  async add(target: R, edgeData: Record<string, unknown> = {}): Promise<object> {
    const plan = this.manyToMany('add');
    return this.model.repository(plan.edge).put({ ...edgeData, ...this.edgeKey(plan, target) });
  }

  /** Unlinks the owner from `target` (many-to-many): one DeleteItem of the edge. */
  async remove(target: R): Promise<void> {
    const plan = this.manyToMany('remove');
    await this.model.repository(plan.edge).delete(this.edgeKey(plan, target));
  }

  /**
   * Deletes every edge of the owner (many-to-many): one Query per page of edges and one
   * BatchWriteItem per 25 of them. Not atomic. Returns how many edges were deleted.
   */
  async clear(): Promise<number> {
    const plan = this.manyToMany('clear');
    const query = this.query();
    const edges = this.model.repository(plan.edge);
    let batch: object[] = [];
    let deleted = 0;
    const flush = async () => {
      await edges.batchDelete(batch);
      deleted += batch.length;
      batch = [];
    };
    for await (const edge of edges.iterate(query.partition, {
      index: query.index,
      where: query.where,
    })) {
      batch.push(edge);
      if (batch.length === 100) await flush();
    }
    if (batch.length) await flush();
    return deleted;
  }

  private page<I>(query: ChildQuery, options: RelationListOptions<R>): Promise<Page<I>> {
    const where = { ...((options.where as Record<string, unknown>) ?? {}) };
    for (const slot of Object.keys(query.where)) {
      if (where[slot] !== undefined) {
        throw new ConfigurationError(
          `${this.describe()}: where.${slot} is set by the relation itself (the owner's key); leave it out`,
        );
      }
    }
    return this.model.repository(query.child).query(query.partition, {
      index: query.index,
      where: { ...query.where, ...where },
      filter: options.filter as any,
      limit: options.limit,
      cursor: options.cursor,
      order: options.order,
      consistent: query.index ? undefined : options.consistent,
      maxPages: options.maxPages,
    }) as Promise<Page<I>>;
  }

  private query(): ChildQuery {
    const { plan } = this;
    const query =
      plan.kind === 'manyToMany'
        ? childQuery(plan.edge, plan.edges, this.owner as Record<string, unknown>)
        : plan.kind === 'belongsTo'
          ? undefined
          : childQuery(plan.target, plan.children, this.owner as Record<string, unknown>);
    if (!query) {
      const access =
        plan.kind === 'manyToMany'
          ? plan.edges
          : plan.kind === 'belongsTo'
            ? undefined
            : plan.children;
      const needed = [
        ...Object.values(access?.partition ?? {}),
        ...Object.values(access?.sortPrefix ?? {}),
      ];
      throw new ConfigurationError(
        `${this.describe()} needs ${needed.map((p) => `${plan.owner.name}.${p}`).join(', ')}; pass an entity read from the table`,
      );
    }
    return query;
  }

  /** Key properties of the edge linking the owner and `target`. */
  private edgeKey(plan: ManyToManyPlan, target: R): Record<string, unknown> {
    const owner = this.owner as Record<string, unknown>;
    const values: Record<string, unknown> = {
      ...mappedValues(plan.edges.partition, owner),
      ...mappedValues(plan.edges.sortPrefix, owner),
    };
    for (const [targetSlot, edgeProperty] of Object.entries(plan.targetKey)) {
      values[edgeProperty] = (target as Record<string, unknown>)[targetSlot];
    }
    return values;
  }

  private manyToMany(method: string): ManyToManyPlan {
    if (this.plan.kind !== 'manyToMany') {
      throw new ConfigurationError(
        `${method}() links items of a @ManyToMany relation; ${this.describe()} is a ${RELATION_DECORATORS[this.plan.kind]}: ` +
          `write the ${this.plan.target.name} itself with its repository`,
      );
    }
    return this.plan;
  }

  private describe(): string {
    return `${this.plan.owner.name}.${this.plan.property} (${RELATION_DECORATORS[this.plan.kind]})`;
  }
}
