import { validationError } from '../errors';
import type { DocumentPath } from '../expressions';
import { keyConditionMessages } from '../expressions/messages';
import { keyAttributeNames, type TableDefinition } from '../schema/table-definition';
import { topLevelAttribute } from './document-paths';

/**
 * Key attributes are scalars: DynamoDB refuses a document path into one (`pk.a`, `sk[0]`) in any
 * expression, for the table's key attributes and for every index's. It checks each expression's
 * paths in turn (`expressions`, in the request's order): first for a table key attribute, then
 * for an index key attribute.
 */
export function checkKeyPaths(definition: TableDefinition, ...expressions: readonly (readonly DocumentPath[])[]): void {
  const tableKeys = keyAttributeNames(definition.keys);
  const indexKeys = definition.indexes.flatMap((index) => keyAttributeNames(index.keys));
  for (const paths of expressions) {
    const nested = paths.filter((path) => path.length > 1).map(topLevelAttribute);
    const tableKey = nested.find((name) => tableKeys.includes(name));
    if (tableKey !== undefined) throw validationError(keyConditionMessages.keyNotScalar(tableKey));
    const indexKey = nested.find((name) => indexKeys.includes(name));
    if (indexKey !== undefined) throw validationError(keyConditionMessages.indexKeyNotScalar(indexKey));
  }
}
