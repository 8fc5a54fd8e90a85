import { ConfigurationError } from '../../model/errors';
import type { EntityMetadata } from '../../model/metadata/types';
import { uniqueAttributes } from './unique-attributes';

/** BatchWriteItem is not atomic, so it cannot keep @Unique markers in step with their items. */
export function assertNoMarkers(meta: EntityMetadata, method: string): void {
  const unique = uniqueAttributes(meta);
  if (unique.length) {
    throw new ConfigurationError(
      `${meta.name} has @Unique attributes (${unique.map((a) => a.propertyName).join(', ')}): ` +
        `${method} cannot write their markers atomically; use create/put/delete or db.transaction()`,
    );
  }
}
