import { validationError } from '../errors';
import { hasSelection, type AttributeSelection } from './attribute-selection';
import type { ReadTarget } from './read-target';

export type SelectMode = 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES' | 'COUNT';

/**
 * The effective Select of a Query or Scan, after DynamoDB's checks of how Select combines with
 * a projection and an index.
 */
export function resolveSelectMode(
  input: { Select?: string; ProjectionExpression?: string },
  selection: AttributeSelection,
  target: ReadTarget,
): SelectMode {
  const select = input.Select as SelectMode | undefined;
  const selected = hasSelection(selection);
  if (select === 'SPECIFIC_ATTRIBUTES' && !selected) {
    throw validationError('Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES');
  }
  if (select && select !== 'SPECIFIC_ATTRIBUTES' && selected) {
    const parameter = input.ProjectionExpression !== undefined ? 'ProjectionExpression' : 'AttributesToGet';
    const what = select === 'COUNT' ? 'only the Count' : select;
    throw validationError(`Cannot specify the ${parameter} when choosing to get ${what}`);
  }
  if (select === 'ALL_PROJECTED_ATTRIBUTES' && !target.index) {
    throw validationError('ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName');
  }
  const index = target.index;
  if (select === 'ALL_ATTRIBUTES' && index && index.definition.kind === 'global' && !index.projectsAll) {
    throw validationError(
      `One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index ${index.name} because its projection type is not ALL`,
    );
  }
  if (select) return select;
  if (selected) return 'SPECIFIC_ATTRIBUTES';
  return index ? 'ALL_PROJECTED_ATTRIBUTES' : 'ALL_ATTRIBUTES';
}
