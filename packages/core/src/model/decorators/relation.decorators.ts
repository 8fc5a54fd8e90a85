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
      options: { ...options } as Record<string, unknown>,
    });
  };
}

/**
 * Children in the owner's item collection (their pk template renders the owner's partition), or
 * in an index named by `index`. Loaded with `get(key, { include: ['orders'] })` or listed with
 * `db.relation(customer, 'orders').list()`.
 *
 * @example
 * @HasMany(() => Order) orders?: Order[];
 */
export function HasMany(target: () => Function, options: RelationOptions = {}): PropertyDecorator {
  return relation('hasMany', target, options);
}

/** At most one child, found like a `@HasMany` child. @example @HasOne(() => Cart) cart?: Cart; */
export function HasOne(target: () => Function, options: RelationOptions = {}): PropertyDecorator {
  return relation('hasOne', target, options);
}

/**
 * The parent, loaded through its key (rendered from this entity's properties).
 *
 * @example
 * @BelongsTo(() => Customer) customer?: Customer;
 */
export function BelongsTo(
  target: () => Function,
  options: RelationOptions = {},
): PropertyDecorator {
  return relation('belongsTo', target, options);
}

/**
 * An adjacency list through an edge entity: one edge item per link, listed from this side by
 * one Query (the edges live in this entity's partition, or in `index`), the targets then read
 * by key. `db.relation(order, 'products').add(product, { quantity: 2 })` links two items.
 *
 * @example
 * @ManyToMany(() => Product, { through: () => OrderLine }) products?: Product[];
 */
export function ManyToMany(target: () => Function, options: ManyToManyOptions): PropertyDecorator {
  const { through, ...rest } = options;
  return relation('manyToMany', target, rest, through);
}
