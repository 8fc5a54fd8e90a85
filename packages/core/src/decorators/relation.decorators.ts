import { ConfigurationError } from '../errors';
import { metadataRegistry } from '../metadata/metadata-registry';
import type { ManyToManyOptions, RelationOptions } from '../metadata/options';
import type { RelationKind } from '../metadata/types';

function relation(
  kind: RelationKind,
  target: () => Function,
  options: RelationOptions,
  through?: () => Function,
): PropertyDecorator {
  return (prototype, propertyKey) => {
    if (typeof prototype === 'function' || typeof propertyKey === 'symbol') {
      throw new ConfigurationError(`A ${kind} relation must be a named instance property`);
    }
    metadataRegistry.recordRelation(prototype.constructor, {
      kind,
      propertyName: propertyKey,
      target,
      ...(through ? { through } : {}),
      options: { ...options },
    });
  };
}

/** Children in the same item collection. @example @HasMany(() => Order) orders?: Order[]; */
export function HasMany(target: () => Function, options: RelationOptions = {}): PropertyDecorator {
  return relation('hasMany', target, options);
}

/** At most one child in the same item collection. @example @HasOne(() => Cart) cart?: Cart; */
export function HasOne(target: () => Function, options: RelationOptions = {}): PropertyDecorator {
  return relation('hasOne', target, options);
}

/** The parent, loaded through its key. @example @BelongsTo(() => Customer) customer?: Customer; */
export function BelongsTo(
  target: () => Function,
  options: RelationOptions = {},
): PropertyDecorator {
  return relation('belongsTo', target, options);
}

/**
 * An adjacency list through an edge entity.
 *
 * @example
 * @ManyToMany(() => Product, { through: () => OrderLine }) products?: Product[];
 */
export function ManyToMany(target: () => Function, options: ManyToManyOptions): PropertyDecorator {
  const { through, ...rest } = options;
  return relation('manyToMany', target, rest, through);
}
