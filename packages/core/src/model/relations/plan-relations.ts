import { ConfigurationError } from '../errors';
import { resolveRelationTarget, resolveRelationThrough } from '../metadata/resolve-relation-target';
import type { EntityMetadata, RelationKind, RelationMetadata } from '../metadata/types';
import { planChildAccess } from './plan-child-access';
import { planTargetKey } from './plan-target-key';
import { RelationCatalog } from './relation-catalog';
import { RELATION_DECORATORS, type RelationPlan } from './relation-plan';

const ALLOWED_OPTIONS: Record<RelationKind, string[]> = {
  hasMany: ['index', 'keys'],
  hasOne: ['index', 'keys'],
  belongsTo: ['keys'],
  manyToMany: ['index', 'keys', 'targetKeys'],
};

type Options = {
  index?: string;
  keys?: Record<string, string>;
  targetKeys?: Record<string, string>;
};

function checkOptions(relation: RelationMetadata, where: string): string[] {
  const problems: string[] = [];
  const allowed = ALLOWED_OPTIONS[relation.kind];
  for (const [name, value] of Object.entries(relation.options)) {
    if (!allowed.includes(name)) {
      problems.push(
        `${where}: unknown option '${name}' (${RELATION_DECORATORS[relation.kind]} takes ${allowed.join(', ')})`,
      );
    } else if (
      name === 'index' ? typeof value !== 'string' : value === null || typeof value !== 'object'
    ) {
      problems.push(
        `${where}: option '${name}' must be ${name === 'index' ? 'an index name' : 'an object { slot: property }'}`,
      );
    }
  }
  return problems;
}

function resolve(
  thunk: () => Function,
  where: string,
  entities: Map<Function, EntityMetadata>,
  problems: string[],
): EntityMetadata | undefined {
  let target: Function;
  try {
    target = thunk();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    problems.push(`${where}: ${error.message}`);
    return undefined;
  }
  const meta = entities.get(target);
  if (!meta) {
    problems.push(
      `${where}: ${target.name} is not an entity of this connection; add it to the 'entities' option`,
    );
  }
  return meta;
}

function planOne(
  owner: EntityMetadata,
  relation: RelationMetadata,
  entities: Map<Function, EntityMetadata>,
  problems: string[],
): RelationPlan | undefined {
  const property = relation.propertyName;
  const where = `${owner.target.name}.${property} (${RELATION_DECORATORS[relation.kind]})`;
  const optionProblems = checkOptions(relation, where);
  problems.push(...optionProblems);
  const target = resolve(() => resolveRelationTarget(relation), where, entities, problems);
  if (!target || optionProblems.length) return undefined;
  const options = relation.options as Options;
  const base = { property, owner, target };
  if (relation.kind === 'hasMany' || relation.kind === 'hasOne') {
    const { access, problems: found } = planChildAccess(owner, target, options, where);
    problems.push(...found);
    return access && { ...base, kind: relation.kind, children: access };
  }
  if (relation.kind === 'belongsTo') {
    const { targetKey, problems: found } = planTargetKey(owner, target, options.keys, where);
    problems.push(...found);
    return targetKey && { ...base, kind: 'belongsTo', targetKey };
  }
  const edge = resolve(
    () => resolveRelationThrough(relation),
    `${where} through`,
    entities,
    problems,
  );
  if (!edge) return undefined;
  const { access, problems: edgeProblems } = planChildAccess(owner, edge, options, where);
  const { targetKey, problems: keyProblems } = planTargetKey(
    edge,
    target,
    options.targetKeys,
    `${where} through ${edge.name}`,
    'targetKeys',
  );
  problems.push(...edgeProblems, ...keyProblems);
  return access && targetKey && { ...base, kind: 'manyToMany', edge, edges: access, targetKey };
}

/**
 * Works out, once per connection, how every relation of its entities is served by the key
 * templates (which partition or index holds the children, which properties hold a parent's
 * key). Returns the problems instead of throwing so they can be reported together.
 */
export function planRelations(entities: readonly EntityMetadata[]): {
  catalog: RelationCatalog;
  problems: string[];
} {
  const byClass = new Map(entities.map((meta) => [meta.target, meta]));
  const plans = new Map<Function, Map<string, RelationPlan>>();
  const problems: string[] = [];
  for (const owner of entities) {
    const ownPlans = new Map<string, RelationPlan>();
    for (const relation of owner.relations) {
      const plan = planOne(owner, relation, byClass, problems);
      if (plan) ownPlans.set(relation.propertyName, plan);
    }
    plans.set(owner.target, ownPlans);
  }
  return { catalog: new RelationCatalog(plans), problems };
}
