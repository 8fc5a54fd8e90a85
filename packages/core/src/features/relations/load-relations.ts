import { buildPrimaryKey } from '../../model/keys/compute-item-keys';
import type { EntityMetadata } from '../../model/metadata/types';
import { prepareCollectionQuery } from '../../requests/build-collection-query';
import { hydrate } from '../../model/mapping/hydrate';
import { readAll } from '../../runtime/pager/read-pages';
import { batchGetEntities } from '../../runtime/reads/batch-get-entities';
import { getEntity } from '../../runtime/reads/get-entity';
import { queryAll } from '../../runtime/reads/query-entities';
import { childQuery, holdsSortKey, type ChildQuery } from '../../model/relations/child-query';
import {
  collectionRange,
  rangeHolds,
  type SortKeyMember,
} from '../../model/relations/collection-range';
import type { RelationModel } from './relation-model';
import type { BelongsToPlan, RelationPlan } from '../../model/relations/relation-plan';
import { hasMappedValues, mappedValues } from '../../model/relations/relation-values';

type Values = Record<string, unknown>;
type Item = Record<string, unknown>;

/** The children (edges, for many-to-many) a plan reads; undefined for @BelongsTo. */
function queryOf(plan: RelationPlan, owner: Values): ChildQuery | undefined {
  if (plan.kind === 'hasMany' || plan.kind === 'hasOne') {
    return childQuery(plan.target, plan.children, owner);
  }
  return plan.kind === 'manyToMany' ? childQuery(plan.edge, plan.edges, owner) : undefined;
}

/** The parent's key: its property values, and the physical key they render. */
function parentKeyOf(plan: BelongsToPlan, owner: Values) {
  if (!hasMappedValues(plan.targetKey, owner)) return undefined;
  const values = mappedValues(plan.targetKey, owner);
  return { values, physical: buildPrimaryKey(plan.target, values) };
}

/**
 * One `get(key, { include })`: the owner and the relations that share its partition come from
 * ONE Query over the item collection; each relation held elsewhere costs one request (a Query
 * per index partition, a GetItem per parent, a BatchGetItem per 100 many-to-many targets), sent
 * concurrently. Nothing is read once per child.
 */
class IncludeLoad {
  private readonly queries = new Map<string, Promise<object[]>>();
  private readonly parents = new Map<string, Promise<object | undefined>>();
  private readonly collected: ChildQuery[] = [];
  private readonly collectedParents = new Map<BelongsToPlan, Record<string, string>>();
  private collectionItems: Item[] = [];
  private readonly entities = new Map<Item, object>();

  constructor(
    private readonly model: RelationModel,
    private readonly meta: EntityMetadata,
    private readonly consistent: boolean | undefined,
  ) {}

  async run(key: Values, plans: RelationPlan[]): Promise<object | undefined> {
    const { table } = this.meta;
    const ownerKey = buildPrimaryKey(this.meta, key);
    const partition = ownerKey[table.partitionKey];
    const ownSortKey = table.sortKey ? ownerKey[table.sortKey] : undefined;
    const early = new Map(plans.map((plan) => [plan, queryOf(plan, key)]));
    for (const query of early.values()) {
      if (query && !query.index && query.partitionValue === partition) this.collected.push(query);
    }
    const members: SortKeyMember[] = this.collected.map((query) => query.sortKey);
    if (ownSortKey !== undefined) members.push({ value: ownSortKey, exact: true });
    const range = collectionRange(members);
    const ownerRead = this.collected.length
      ? this.readCollection(partition, range, key, plans, ownSortKey)
      : getEntity(this.model.connection, this.meta, key, { consistent: this.consistent });
    for (const [plan, query] of early) {
      if (query && !this.collected.includes(query)) void this.children(query);
      if (plan.kind === 'belongsTo' && !this.collectedParents.has(plan)) {
        const parentKey = parentKeyOf(plan, key);
        if (parentKey) void this.parent(plan.target, parentKey.values);
      }
    }
    const owner = (await ownerRead) as Values | undefined;
    if (!owner) {
      await this.settle();
      return undefined;
    }
    const values = await Promise.all(plans.map((plan) => this.valueOf(plan, owner)));
    plans.forEach((plan, index) => (owner[plan.property] = values[index]));
    return owner;
  }

  /** The owner from the collection Query; also records which parents came with it. */
  private async readCollection(
    partition: string,
    range: ReturnType<typeof collectionRange>,
    key: Values,
    plans: RelationPlan[],
    ownSortKey: string | undefined,
  ): Promise<object | undefined> {
    const { table } = this.meta;
    for (const plan of plans) {
      if (plan.kind !== 'belongsTo') continue;
      const physical = parentKeyOf(plan, key)?.physical;
      const sortKey = physical && table.sortKey ? physical[table.sortKey] : undefined;
      if (physical?.[table.partitionKey] === partition && sortKey && rangeHolds(range, sortKey)) {
        this.collectedParents.set(plan, physical);
      }
    }
    const read = prepareCollectionQuery(table, this.model.connection.tableName, {
      partition,
      sort: range,
      entityNames: [
        this.meta.name,
        ...this.collected.map((query) => query.child.name),
        ...[...this.collectedParents.keys()].map((plan) => plan.target.name),
      ],
      consistent: this.consistent,
    });
    for await (const item of readAll(this.model.connection.executor, read)) {
      this.collectionItems.push(item);
    }
    return this.findCollected(this.meta, (sortKey) => sortKey === ownSortKey)[0];
  }

  private findCollected(meta: EntityMetadata, holds: (sortKey: unknown) => boolean): object[] {
    const { entityTypeAttribute, sortKey } = meta.table;
    return this.collectionItems
      .filter(
        (item) =>
          item[entityTypeAttribute] === meta.name && holds(sortKey ? item[sortKey] : undefined),
      )
      .map((item) => {
        let entity = this.entities.get(item);
        if (!entity) {
          entity = hydrate<object>(meta, item);
          this.entities.set(item, entity);
        }
        return entity;
      });
  }

  private async valueOf(plan: RelationPlan, owner: Values): Promise<unknown> {
    if (plan.kind === 'belongsTo') {
      const collected = this.collectedParents.get(plan);
      const sortKey = this.meta.table.sortKey;
      if (collected) {
        return this.findCollected(plan.target, (sk) => !sortKey || sk === collected[sortKey])[0];
      }
      const parentKey = parentKeyOf(plan, owner);
      return parentKey ? this.parent(plan.target, parentKey.values) : undefined;
    }
    const query = queryOf(plan, owner);
    if (!query) return plan.kind === 'hasOne' ? undefined : [];
    const items = this.collected.some((c) => sameQuery(c, query))
      ? this.findCollected(query.child, (sk) => holdsSortKey(query.sortKey, sk))
      : await this.children(query);
    if (plan.kind !== 'manyToMany') return plan.kind === 'hasOne' ? items[0] : items;
    const keys = items.map((edge) => mappedValues(plan.targetKey, edge as Values));
    if (keys.length === 0) return [];
    const targets = await batchGetEntities(this.model.connection, plan.target, keys, {
      consistent: this.consistent,
    });
    return targets.filter((target) => target !== undefined);
  }

  /** Every child of a query (all pages), read once however many relations need it. */
  private children(query: ChildQuery): Promise<object[]> {
    const identity = JSON.stringify([
      query.child.name,
      query.index ?? '',
      query.partitionValue,
      query.sortKey,
    ]);
    let read = this.queries.get(identity);
    if (!read) {
      read = (async () => {
        const items: object[] = [];
        // Global secondary indexes cannot be read consistently.
        const consistent = query.index ? undefined : this.consistent;
        for await (const item of queryAll<object>(
          this.model.connection,
          query.child,
          query.partition,
          {
            index: query.index,
            where: query.where,
            consistent,
          },
        )) {
          items.push(item);
        }
        return items;
      })();
      read.catch(() => undefined); // awaited later; a failure must not go unhandled meanwhile
      this.queries.set(identity, read);
    }
    return read;
  }

  private parent(target: EntityMetadata, key: Values): Promise<object | undefined> {
    const identity = JSON.stringify([target.name, key]);
    let read = this.parents.get(identity);
    if (!read) {
      read = getEntity<object>(this.model.connection, target, key, { consistent: this.consistent });
      read.catch(() => undefined); // awaited later; a failure must not go unhandled meanwhile
      this.parents.set(identity, read);
    }
    return read;
  }

  /** Waits for requests already sent, so none is left running when the owner is absent. */
  private async settle(): Promise<void> {
    await Promise.allSettled([...this.queries.values(), ...this.parents.values()]);
  }
}

function sameQuery(a: ChildQuery, b: ChildQuery): boolean {
  return (
    a.child === b.child &&
    a.index === b.index &&
    a.partitionValue === b.partitionValue &&
    a.sortKey.value === b.sortKey.value &&
    a.sortKey.exact === b.sortKey.exact
  );
}

/** `repository.get(key, { include })`: the owner with the named relations loaded, or undefined. */
export async function loadWithRelations<T>(
  model: RelationModel,
  meta: EntityMetadata,
  key: Values,
  options: { include: readonly string[]; consistent?: boolean },
): Promise<T | undefined> {
  const plans = [...new Set(options.include)].map((name) => model.catalog.plan(meta, name));
  return (await new IncludeLoad(model, meta, options.consistent).run(key, plans)) as T | undefined;
}
