import { ConfigurationError } from '../model/errors';

/**
 * DynamoDB's refusal of a read through an index that does not project an attribute the read
 * filters on: with monotable, the entity type attribute of an index created outside
 * `db.createTable()` (a KEYS_ONLY index, or INCLUDE without it). Explained as a
 * ConfigurationError naming the index and the fix; undefined for any other error.
 */
export function indexProjectionRefusal(
  error: unknown,
  params: Record<string, any>,
): ConfigurationError | undefined {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name !== 'ValidationException' || typeof params.IndexName !== 'string') return undefined;
  const match = /does not project one or more filter attributes: \[([^\]]*)\]/.exec(
    String(message),
  );
  if (!match) return undefined;
  return new ConfigurationError(
    `Index ${params.IndexName} of table ${params.TableName} does not project ${match[1]}, which ` +
      'monotable reads to tell entities apart (and to upgrade old items): give the index a ' +
      "projection of 'ALL', or INCLUDE with the entity type and schema version attributes " +
      '(what db.createTable() and db.tableDefinition() define for every index)',
    { cause: error },
  );
}
