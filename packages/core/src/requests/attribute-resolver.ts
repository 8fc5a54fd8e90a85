import { memoOf } from '../model/entity-model';
import { InvalidExpressionError, parsePropertyPath } from './expressions';
import type { AttributeResolver } from './expressions';
import { toPlainValue, toStoredValue } from '../model/mapping';
import type { EntityMetadata } from '../model/metadata/types';

const RESOLVER = Symbol('attribute resolver');

/** Resolves an entity's property paths to stored attribute paths (one resolver per entity model). */
export function entityAttributeResolver(meta: EntityMetadata): AttributeResolver {
  return memoOf(meta, RESOLVER, () => createResolver(meta));
}

function createResolver(meta: EntityMetadata): AttributeResolver {
  const attributeOf = (path: string) => {
    const [top] = parsePropertyPath(path);
    const attribute = meta.attributes.get(String(top));
    if (!attribute) {
      throw new InvalidExpressionError(
        `'${top}' is not an attribute of ${meta.name}; known attributes: ${[...meta.attributes.keys()].join(', ')}`,
        { property: path },
      );
    }
    return attribute;
  };
  const isWholeAttribute = (path: string) => parsePropertyPath(path).length === 1;
  return {
    resolvePath(path) {
      const [, ...rest] = parsePropertyPath(path);
      return [attributeOf(path).attributeName, ...rest];
    },
    toStored(path, value) {
      const attribute = attributeOf(path);
      // A whole attribute gets its type's conversion; a nested value is stored the way the same
      // value inside the attribute would be (Dates as ISO strings, class instances as maps).
      return isWholeAttribute(path)
        ? toStoredValue(attribute, value, meta.name)
        : toPlainValue(value, { entity: meta.name, property: path });
    },
    toStoredElement(path, value) {
      const { type } = attributeOf(path);
      const collection = isWholeAttribute(path) && (type === 'list' || type === 'set');
      return collection
        ? toPlainValue(value, { entity: meta.name, property: `${path} element` })
        : this.toStored(path, value);
    },
    isMap(path) {
      return isWholeAttribute(path) && attributeOf(path).type === 'map';
    },
    storageType(path) {
      const { type } = attributeOf(path);
      return isWholeAttribute(path) && type !== 'any' ? type : undefined;
    },
  };
}
