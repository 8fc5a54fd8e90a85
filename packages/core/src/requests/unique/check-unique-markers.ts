import { keyTemplatesCanCollide } from '../../model/keys/key-overlap';
import { parseKeyTemplate } from '../../model/keys/parse-key-template';
import type { EntityMetadata } from '../../model/metadata/types';
import { MARKER_PREFIX, UNIQUE_MARKER_TYPE, markerPartitionTemplate } from './marker-key';
import { uniqueAttributes } from './unique-attributes';

const SCALAR_TYPES = new Set(['string', 'number', 'boolean', 'date']);

/**
 * Startup rules of @Unique: only scalar attributes, and no entity whose keys could equal a
 * marker's key (it would overwrite the marker, or the marker it).
 */
export function checkUniqueMarkers(entities: readonly EntityMetadata[]): string[] {
  const problems: string[] = [];
  const markerSort = parseKeyTemplate(MARKER_PREFIX);
  for (const meta of entities) {
    if (meta.name === UNIQUE_MARKER_TYPE) {
      problems.push(
        `${meta.target.name} is named '${UNIQUE_MARKER_TYPE}', which monotable's unique markers use; rename it`,
      );
    }
    for (const attribute of uniqueAttributes(meta)) {
      const where = `${meta.target.name}.${attribute.propertyName} (@Unique)`;
      if (!SCALAR_TYPES.has(attribute.type)) {
        problems.push(
          `${where}: unique values must be strings, numbers, booleans or dates, not '${attribute.type}'`,
        );
        continue;
      }
      const markerPk = markerPartitionTemplate(meta, attribute);
      for (const other of entities) {
        if (other.table.name !== meta.table.name) continue;
        const clash =
          keyTemplatesCanCollide(other.keys.pk, other.attributes, markerPk, new Map()) &&
          (!meta.table.sortKey ||
            keyTemplatesCanCollide(other.keys.sk, other.attributes, markerSort, new Map()));
        if (clash) {
          problems.push(
            `${where}: ${other.name}'s keys (pk '${other.keys.pk.source}') can equal the markers' keys ` +
              `('${markerPk.source}', sk '${MARKER_PREFIX}'); give ${other.name} another literal prefix`,
          );
        }
      }
    }
  }
  return problems;
}
