import { ConfigurationError } from '../../model/errors';
import type { EntityMetadata } from '../../model/metadata/types';
import { clearLinks } from './relation-links';
import type { RelationModel } from './relation-model';

/**
 * `delete(key, { deleteEdges })`: clears the edges of the owner's many-to-many relations (all of
 * them with `true`). One Query per page of edges and one BatchWriteItem per 25 edges per relation.
 */
export async function deleteEdgesOf(
  model: RelationModel,
  meta: EntityMetadata,
  owner: Record<string, unknown>,
  which: true | readonly string[],
): Promise<void> {
  const plans =
    which === true
      ? model.catalog.plansOf(meta).filter((plan) => plan.kind === 'manyToMany')
      : which.map((name) => model.catalog.plan(meta, name));
  for (const plan of plans) {
    if (plan.kind !== 'manyToMany') {
      throw new ConfigurationError(
        `deleteEdges: ${meta.name}.${plan.property} is not a @ManyToMany relation`,
      );
    }
    await clearLinks(model, owner, plan);
  }
}
