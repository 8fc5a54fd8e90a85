import type { RelationPlan } from '../model/relations/relation-plan';
import type { EntityData, Page } from '../requests/options';
import {
  addLink,
  clearLinks,
  listRelated,
  manyToManyPlan,
  removeLink,
  type RelationListOptions,
  type RelationModel,
} from '../features/relations';

export type { RelationListOptions } from '../features/relations';

type Values = Record<string, unknown>;

/** The attributes `add` may give an edge: the edge entity's, when the owner declares `[Edges]`. */
export type EdgeData<E> = unknown extends E ? Record<string, unknown> : Partial<EntityData<E>>;

/**
 * The related items of one entity, page by page, and the links of a many-to-many relation.
 * Get one from `db.relation(customer, 'orders')`.
 *
 * @example
 * const page = await db.relation(customer, 'orders').list({ limit: 10, order: 'desc' });
 * await db.relation(order, 'products').add(product, { quantity: 2 });
 */
export class RelationHandle<T extends object, R, E = unknown> {
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
  list(options: RelationListOptions<R> = {}): Promise<Page<R>> {
    return listRelated<R>(this.model, this.owner as Values, this.plan, options);
  }

  /**
   * Links the owner to `target` (many-to-many): stores the edge item, whose key properties come
   * from both sides and whose other attributes from `edgeData`. Adding an existing link replaces
   * its edge. One PutItem. Returns the edge.
   */
  add(
    target: R,
    edgeData: EdgeData<E> = {} as EdgeData<E>,
  ): Promise<unknown extends E ? object : E> {
    const plan = manyToManyPlan(this.plan, 'add');
    return addLink(
      this.model,
      this.owner as Values,
      plan,
      target as Values,
      edgeData as Values,
    ) as Promise<unknown extends E ? object : E>;
  }

  /** Unlinks the owner from `target` (many-to-many): one DeleteItem of the edge. */
  remove(target: R): Promise<void> {
    const plan = manyToManyPlan(this.plan, 'remove');
    return removeLink(this.model, this.owner as Values, plan, target as Values);
  }

  /**
   * Deletes every edge of the owner (many-to-many): one Query per page of edges and one
   * BatchWriteItem per 25 of them (edges with @Unique attributes: each with its markers, in one
   * transaction each). Not atomic. Returns how many edges were deleted.
   */
  clear(): Promise<number> {
    return clearLinks(this.model, this.owner as Values, manyToManyPlan(this.plan, 'clear'));
  }
}
