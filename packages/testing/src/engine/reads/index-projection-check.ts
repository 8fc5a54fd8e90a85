import { validationError } from '../errors';
import type { ConditionAst } from '../expressions';
import { conditionAttributeNames, topLevelAttribute } from '../requests/document-paths';
import type { AttributeSelection } from './attribute-selection';
import type { ReadTarget } from './read-target';

/**
 * A read of a GSI can only ask for attributes the index holds (a GSI never fetches from the
 * table, unlike an LSI); DynamoDB refuses a projection naming any other attribute. A query's
 * filter may only name attributes the index projects, on either kind of index (listed sorted by
 * name); a scan of an LSI fetches what its filter needs from the table, as DynamoDB Local does.
 */
export function checkIndexProjection(
  target: ReadTarget,
  selection: AttributeSelection,
  filter: ConditionAst | undefined,
  operation: 'Query' | 'Scan',
): void {
  const index = target.index;
  if (!index || index.projectsAll) return;
  const selected = selection.paths?.map(topLevelAttribute) ?? selection.attributesToGet ?? [];
  const missing = index.definition.kind === 'global' ? [...new Set(selected)].filter((name) => !index.projects(name)) : [];
  if (missing.length > 0) {
    throw validationError(
      `One or more parameter values were invalid: Global secondary index ${index.name} does not project [${missing.join(', ')}]`,
    );
  }
  const filterChecked = index.definition.kind === 'global' || operation === 'Query';
  const filtered = filter && filterChecked ? [...conditionAttributeNames(filter)].filter((name) => !index.projects(name)).sort() : [];
  if (filtered.length > 0) {
    throw validationError(
      `One or more parameter values were invalid: Secondary index ${index.name} does not project one or more filter attributes: [${filtered.join(', ')}]`,
    );
  }
}
