import { ConfigurationError } from '../errors';
import type { RelationMetadata } from './types';

/**
 * The class a relation points to. Targets are thunks so that entity files can import each
 * other in a cycle; call this only once every module has loaded.
 */
export function resolveRelationTarget(relation: RelationMetadata): Function {
  return resolveThunk(relation, 'target', relation.target);
}

/** The edge class of a many-to-many relation (`through`), resolved like the target. */
export function resolveRelationThrough(relation: RelationMetadata): Function {
  if (!relation.through) {
    throw new ConfigurationError(
      `Relation ${relation.propertyName} (${relation.kind}) has no through entity`,
    );
  }
  return resolveThunk(relation, 'through', relation.through);
}

function resolveThunk(relation: RelationMetadata, option: string, thunk: () => Function): Function {
  const target = typeof thunk === 'function' ? thunk() : undefined;
  if (typeof target !== 'function') {
    throw new ConfigurationError(
      `Relation ${relation.propertyName}: ${option} resolved to ${String(target)}; write it as a thunk ` +
        '(() => Order) and check for a circular import that leaves it undefined',
    );
  }
  return target;
}
