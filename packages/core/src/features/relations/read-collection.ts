import { ConfigurationError } from '../../model/errors';
import { renderKeyPrefix, renderPartitionKey } from '../../model/keys/render-key-template';
import { hasSlotValue } from '../../model/keys/render-slot-value';
import type { EntityMetadata } from '../../model/metadata/types';
import { prepareCollectionQuery } from '../../requests/build-collection-query';
import { hydrate } from '../../model/mapping/hydrate';
import { readPage } from '../../runtime/pager/read-pages';
import type { Page } from '../../requests/options';
import { childQuery } from '../../model/relations/child-query';
import { collectionRange, type SortKeyMember } from '../../model/relations/collection-range';
import type { RelationModel } from './relation-model';
import { RELATION_DECORATORS, type RelationPlan } from '../../model/relations/relation-plan';

function known(mapping: Record<string, string>, values: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(mapping).filter(([, property]) => hasSlotValue(values[property])),
  );
}

/** Where the items of one included relation are, as seen from a partition of the owner. */
interface MemberQuery {
  index?: string;
  partitionValue: string;
  sortKey: SortKeyMember;
}

function memberQuery(plan: RelationPlan, partition: Record<string, unknown>): MemberQuery | undefined {
  // Without a particular owner, nested children are narrowed only as far as the partition tells.
  if (plan.kind === 'hasMany' || plan.kind === 'hasOne') {
    return childQuery(
      plan.target,
      { ...plan.children, sortPrefix: known(plan.children.sortPrefix, partition) },
      partition,
    );
  }
  if (plan.kind !== 'belongsTo') return undefined;
  // A parent in the same item collection: its key rendered from the partition's values.
  const values = Object.fromEntries(
    Object.entries(plan.targetKey).map(([slot, property]) => [slot, partition[property]]),
  );
  const { target } = plan;
  const pk = renderKeyPrefix(target.keys.pk, values, target.attributes, target.name);
  if (!pk.complete) return undefined;
  const sk = target.keys.sk
    ? renderKeyPrefix(target.keys.sk, values, target.attributes, target.name)
    : undefined;
  return {
    partitionValue: pk.value,
    sortKey: sk ? { value: sk.value, exact: sk.complete } : { value: '', exact: false },
  };
}

export interface CollectionReadOptions {
  include: readonly string[];
  limit?: number;
  cursor?: string;
  order?: 'asc' | 'desc';
  consistent?: boolean;
  maxPages?: number;
}

/**
 * One page of an item collection: the items of `meta` and of the included relations in the
 * partition named by `partition`, in sort key order, each hydrated as its own class. One Query
 * per page; the relations must live in that partition of the table.
 */
export async function readCollection(
  model: RelationModel,
  meta: EntityMetadata,
  partition: Record<string, unknown>,
  options: CollectionReadOptions,
): Promise<Page<object>> {
  const partitionValue = renderPartitionKey(meta.keys.pk, partition, meta.attributes, meta.name);
  const members: SortKeyMember[] = [];
  const names = [meta.name];
  if (meta.keys.sk) {
    const own = renderKeyPrefix(meta.keys.sk, partition, meta.attributes, meta.name);
    members.push({ value: own.value, exact: own.complete });
  }
  for (const name of new Set(options.include)) {
    const plan = model.catalog.plan(meta, name);
    const query = memberQuery(plan, partition);
    if (!query || query.index || query.partitionValue !== partitionValue) {
      throw new ConfigurationError(
        `collection reads one partition of the table: ${meta.name}.${name} (${RELATION_DECORATORS[plan.kind]}) ` +
          `is not in ${meta.name}'s partition '${meta.keys.pk.source}'; load it with get(key, { include }) or db.relation(entity, '${name}').list()`,
      );
    }
    members.push(query.sortKey);
    names.push(plan.target.name);
  }
  const read = prepareCollectionQuery(meta.table, model.connection.tableName, {
    partition: partitionValue,
    sort: collectionRange(members),
    entityNames: names,
    order: options.order,
    consistent: options.consistent,
  });
  const page = await readPage(
    model.connection.executor,
    read,
    options,
    model.connection.cursorSecret,
  );
  const typeAttribute = meta.table.entityTypeAttribute;
  return {
    items: page.items.map((item) =>
      hydrate<object>(model.entityNamed(String(item[typeAttribute]))!, item),
    ),
    cursor: page.cursor,
  };
}
