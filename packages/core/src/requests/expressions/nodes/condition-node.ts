import type { AndNode } from './and-node';
import type { BetweenNode } from './between-node';
import type { ComparisonNode } from './comparison-node';
import type { FunctionNode } from './function-node';
import type { InNode } from './in-node';
import type { NotNode } from './not-node';
import type { OrNode } from './or-node';

/** Any node of a condition, filter or key condition tree. */
export type ConditionNode =
  ComparisonNode | BetweenNode | InNode | FunctionNode | AndNode | OrNode | NotNode;
