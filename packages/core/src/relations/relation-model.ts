import type { EntityMetadata } from '../metadata/types';
import type { RequestExecutor } from '../operations/request-executor';
import type { Repository } from '../repository/repository';
import type { RelationCatalog } from './relation-catalog';

/** What the relations layer needs from a connection. */
export interface RelationModel {
  catalog: RelationCatalog;
  executor: RequestExecutor;
  tableName: string;
  cursorSecret?: string;
  /** The registered entity stored under a discriminator value. */
  entityNamed(name: string): EntityMetadata | undefined;
  repository(meta: EntityMetadata): Repository<any>;
}
