import type { EntityMetadata } from '../../model/metadata/types';
import type { RelationCatalog } from '../../model/relations/relation-catalog';
import type { Connection } from '../../runtime/connection';

/** What the relations feature needs from a connection. */
export interface RelationModel {
  catalog: RelationCatalog;
  connection: Connection;
  /** The registered entity stored under a discriminator value. */
  entityNamed(name: string): EntityMetadata | undefined;
}
