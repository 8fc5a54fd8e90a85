import { InvalidExpressionError, parsePropertyPath } from './expressions';
import type { AttributeResolver } from './expressions';
import { toPlainValue, toStoredValue } from '../model/mapping';
import type { EntityMetadata } from '../model/metadata/types';

const resolvers = new WeakMap<EntityMetadata, AttributeResolver>();

/** Resolves an entity's property paths to stored attribute paths (one resolver per entity, reused). */
export function entityAttributeResolver(meta: EntityMetadata): AttributeResolver {
  let resolver = resolvers.get(meta);
  if (!resolver) {
    resolver = createResolver(meta);
    resolvers.set(meta, resolver);
  }
  return resolver;
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
      return isWholeAttribute(path) ? toStoredValue(attribute, value) : toPlainValue(value);
    },
    isMap(path) {
      return isWholeAttribute(path) && attributeOf(path).type === 'map';
    },
  };
}
