import type { PathSegment } from './path';

/**
 * Maps the property paths users write (`address.city`) onto physical attribute paths
 * (`['addr', 'city']`) and user values onto their stored form. Implemented from entity metadata;
 * the expression layer knows nothing else about entities.
 */
export interface AttributeResolver {
  /**
   * 'address.city', 'tags[0]' or 'total' → physical path, e.g. ['addr', 'city'].
   * Throws a `ConfigurationError` naming the entity and the property when the top-level
   * property is unknown.
   */
  resolvePath(propertyPath: string): PathSegment[];

  /**
   * Converts a user value for this property to its stored form (e.g. Date → ISO string).
   * Called with whole-value operands (plain values, eq/ne/lt/lte/gt/gte, between bounds, in
   * members, contains, update values); never with a `beginsWith` prefix, which already is a
   * piece of the stored string.
   */
  toStored(propertyPath: string, value: unknown): unknown;

  /**
   * Optional: converts the operand of `contains` — an element of a list or set property, a
   * substring of a string one. Without it `toStored` converts the operand.
   */
  toStoredElement?(propertyPath: string, value: unknown): unknown;

  /**
   * Optional: true when the property holds a map, so that a plain object without operator keys
   * (`{ address: { city: 'Oslo' } }`) compares the whole map. Without it such an object is
   * rejected, because it cannot be told apart from a mistyped operator object (`{ gtt: 3 }`).
   */
  isMap?(propertyPath: string): boolean;

  /**
   * Optional: the storage type of a whole attribute ('number', 'list', 'set', ...), so that an
   * update operator applied to the wrong kind of attribute is refused before anything is sent.
   * `undefined` for nested paths and attributes of any type.
   */
  storageType?(propertyPath: string): string | undefined;
}
