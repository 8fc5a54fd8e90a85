import { validationError } from '../errors';
import type { ConditionAst } from '../expressions';
import { conditionAttributeNames, topLevelAttribute } from '../requests/document-paths';
import type { AttributeSelection } from './attribute-selection';
import type { ReadTarget } from './read-target';

/**
 * A read of a GSI can only ask for attributes the index holds (a GSI never fetches from the
 * table, unlike an LSI); DynamoDB refuses a projection or filter naming any other attribute.
 */
export function checkIndexProjection(target: ReadTarget, selection: AttributeSelection, filter: ConditionAst | undefined): void {
  const index = target.index;
  if (!index || index.definition.kind !== 'global' || index.projectsAll) return;
  const selected = selection.paths?.map(topLevelAttribute) ?? selection.attributesToGet ?? [];
  const missing = [...new Set(selected)].filter((name) => !index.projects(name));
  if (missing.length > 0) {
    throw validationError(
      `One or more parameter values were invalid: Global secondary index ${index.name} does not project [${missing.join(', ')}]`,
    );
  }
  const filtered = filter ? [...conditionAttributeNames(filter)].filter((name) => !index.projects(name)) : [];
  if (filtered.length > 0) {
    throw validationError(
      `One or more parameter values were invalid: Secondary index ${index.name} does not project one or more filter attributes: [${filtered.join(', ')}]`,
    );
  }
}
