/** The DynamoDB type of a key attribute: string, number or binary. */
export type KeyAttributeType = 'S' | 'N' | 'B';

/**
 * One attribute of a multi-attribute index key: its name, or its name and DynamoDB type. The
 * type is normally inferred from the entities that store the attribute; declare it when no
 * entity of a connection does (`tableDefinition()` needs it).
 */
export type IndexKeyAttribute = string | { name: string; type: KeyAttributeType };

/** A key attribute of an index, its type when the table declares one. */
export interface IndexKeyAttributeSpec {
  name: string;
  type?: KeyAttributeType;
}

/** Most attributes in each of a multi-attribute index's partition and sort keys (DynamoDB's limit). */
export const MAX_INDEX_KEY_ATTRIBUTES = 4;

/** Whether an index key is written as a list of attributes (a multi-attribute key). */
export function isAttributeList(
  key: string | readonly IndexKeyAttribute[] | undefined,
): key is readonly IndexKeyAttribute[] {
  return Array.isArray(key);
}

/**
 * The attributes of one side (partition or sort) of an index key, in KeySchema order: one for a
 * key written as a name, each element of a list otherwise. Malformed elements are kept as far as
 * they go (startup checks report them).
 *
 * @example
 * indexKeyAttributeList(['orgId', { name: 'priority', type: 'N' }])
 * // [{ name: 'orgId' }, { name: 'priority', type: 'N' }]
 */
export function indexKeyAttributeList(
  key: string | readonly IndexKeyAttribute[] | undefined,
): IndexKeyAttributeSpec[] {
  if (key === undefined) return [];
  if (!isAttributeList(key)) return [{ name: key }];
  return key.map((element) =>
    typeof element === 'string'
      ? { name: element }
      : { name: element?.name, ...(element?.type !== undefined ? { type: element.type } : {}) },
  );
}
