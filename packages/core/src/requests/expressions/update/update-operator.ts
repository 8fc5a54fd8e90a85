import type { AttributeResolver } from '../attribute-resolver';
import type { UpdateAction } from '../nodes';
import type { PathSegment } from '../path';

/** The property an operator is applied to, resolved by parseUpdate. */
export interface UpdateTarget {
  /** As the user wrote it, e.g. 'address.city'; used with the resolver and in messages. */
  readonly propertyPath: string;
  /** The physical path, e.g. ['addr', 'city']. */
  readonly path: readonly PathSegment[];
  readonly resolver: AttributeResolver;
}

/**
 * Base class of the operator values accepted in update `changes` (increment(), append(), ...):
 * `value instanceof UpdateOperator` tells an operator from a plain value to SET.
 */
export abstract class UpdateOperator {
  /** The operator's name as users call it, e.g. 'increment'. */
  abstract readonly operator: string;

  /** Builds the update action for one property. Called by parseUpdate. */
  abstract toAction(target: UpdateTarget): UpdateAction;
}
