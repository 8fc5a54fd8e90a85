import { ConfigurationError } from '../errors';
import type { EntityMetadata } from '../metadata/types';
import type { RelationPlan } from './relation-plan';

/** The relation plans of one connection, by owner class and property. */
export class RelationCatalog {
  constructor(private readonly plans: Map<Function, Map<string, RelationPlan>>) {}

  /** The plan of `owner.property`; a ConfigurationError naming the known relations otherwise. */
  plan(owner: EntityMetadata, property: string): RelationPlan {
    const plan = this.plans.get(owner.target)?.get(property);
    if (!plan) {
      const known = [...(this.plans.get(owner.target)?.keys() ?? [])];
      throw new ConfigurationError(
        `${owner.name} has no relation '${String(property)}' (${known.length ? `its relations: ${known.join(', ')}` : 'it declares none'}); ` +
          'declare it with @HasMany, @HasOne, @BelongsTo or @ManyToMany',
      );
    }
    return plan;
  }

  plansOf(owner: EntityMetadata): RelationPlan[] {
    return [...(this.plans.get(owner.target)?.values() ?? [])];
  }
}
