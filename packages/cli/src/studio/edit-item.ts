import type { SentRequest } from './capacity-meter';
import { entityData } from './entity-values';
import { StudioRequestError } from './http-io';
import { toJsonValue } from './json-values';
import type { StudioContext } from './studio-context';

export type EditKind = 'create' | 'update' | 'delete';

export interface EditRequest {
  entity: string;
  /** create: the new item's properties. */
  data?: unknown;
  /** update and delete: the key properties. */
  key?: unknown;
  /** update: the properties to change. */
  changes?: unknown;
  /** update and delete: the @Version the item must still have. */
  expectedVersion?: number;
}

export interface EditResult {
  item?: unknown;
  sent: SentRequest[];
}

/**
 * Writes through the entity's repository, never around it: validation, unique markers,
 * version checks and timestamps apply exactly as in the application.
 */
export async function editItem(
  context: StudioContext,
  kind: EditKind,
  edit: EditRequest,
): Promise<EditResult> {
  const meta = context.entity(String(edit.entity));
  const repository = context.db.getRepository(meta.target as new () => object);
  const checked =
    edit.expectedVersion !== undefined ? { expectedVersion: edit.expectedVersion } : {};
  const write = async (): Promise<unknown> => {
    switch (kind) {
      case 'create':
        return repository.create(entityData(meta, edit.data) as never);
      case 'update':
        return repository.update(
          entityData(meta, edit.key, 'key') as never,
          entityData(meta, edit.changes, 'changes') as never,
          checked,
        );
      case 'delete':
        return repository.delete(entityData(meta, edit.key, 'key') as never, checked);
      default:
        throw new StudioRequestError(404, 'EDIT_UNKNOWN', `No edit ${String(kind)}`);
    }
  };
  const { result, sent } = await context.meter.measure(write);
  return { ...(result ? { item: toJsonValue(result) } : {}), sent };
}
