import { topLevelAttribute } from '../requests/document-paths';
import type { AttributeSelection } from './attribute-selection';
import type { ReadTarget } from './read-target';
import type { SelectMode } from './select-mode';

/**
 * Whether a read of an LSI asks for attributes the index does not hold: DynamoDB then fetches
 * each item read from the table, and charges table read units for every fetch (a GSI refuses
 * such a read instead).
 */
export function fetchesFromTable(target: ReadTarget, select: SelectMode, selection: AttributeSelection): boolean {
  const index = target.index;
  if (!index || index.definition.kind !== 'local' || index.projectsAll) return false;
  if (select === 'ALL_ATTRIBUTES') return true;
  if (select !== 'SPECIFIC_ATTRIBUTES') return false;
  const names = selection.paths?.map(topLevelAttribute) ?? selection.attributesToGet ?? [];
  return names.some((name) => !index.projects(name));
}
