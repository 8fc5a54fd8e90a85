import { metadataRegistry } from '../metadata/metadata-registry';
import type { EntityOptions } from '../metadata/options';

/**
 * Declares a class as an entity stored in `options.table` under the given key templates.
 *
 * @example
 * @Entity({ table: AppTable, pk: 'CUSTOMER#{id}', sk: 'PROFILE' })
 * export class Customer { @Attribute() id!: string; }
 */
export function Entity(options: EntityOptions): ClassDecorator {
  return (target) => {
    metadataRegistry.recordEntity(target, options);
  };
}
