import type { EntityMetadata, RelationKind } from '../metadata/types';

/**
 * Where the children of one owner are: a partition of the table (the owner's own item
 * collection) or of an index, narrowed by a sort key prefix.
 */
export interface ChildAccess {
  /** Index holding the children; undefined when they are in the owner's partition of the table. */
  index?: string;
  /** Child property → owner property, for every slot of the child's partition key template. */
  partition: Record<string, string>;
  /** Child property → owner property for a leading run of the child's sort key slots (nested keys). */
  sortPrefix: Record<string, string>;
}

interface PlanBase {
  kind: RelationKind;
  property: string;
  owner: EntityMetadata;
  target: EntityMetadata;
}

/** `@HasMany` / `@HasOne`: the target items are the children. */
export interface ChildrenPlan extends PlanBase {
  kind: 'hasMany' | 'hasOne';
  children: ChildAccess;
}

/** `@BelongsTo`: the target's key, rendered from the owner. */
export interface BelongsToPlan extends PlanBase {
  kind: 'belongsTo';
  /** Target key slot → owner property. */
  targetKey: Record<string, string>;
}

/** `@ManyToMany`: edges found like children, each naming one target by key. */
export interface ManyToManyPlan extends PlanBase {
  kind: 'manyToMany';
  edge: EntityMetadata;
  edges: ChildAccess;
  /** Target key slot → edge property. */
  targetKey: Record<string, string>;
}

/** How a connection serves one relation, worked out once at startup from the key templates. */
export type RelationPlan = ChildrenPlan | BelongsToPlan | ManyToManyPlan;

/** The decorator a relation kind is written with, for messages. */
export const RELATION_DECORATORS: Record<RelationKind, string> = {
  hasMany: '@HasMany',
  hasOne: '@HasOne',
  belongsTo: '@BelongsTo',
  manyToMany: '@ManyToMany',
};
