import { unmarshall } from '@aws-sdk/util-dynamodb';
import { keySlotValues } from '../../model/keys';
import { hydrate } from '../../model/mapping/hydrate';
import type { EntityMetadata } from '../../model/metadata/types';
import { UNIQUE_MARKER_TYPE } from '../../requests/unique/marker-key';
import { CHECKPOINT_ITEM_TYPE } from '../migrations/table-checkpoint';
import type { EntityChange, StreamChanges, UnknownChange } from './entity-change';
import type { StreamRecord } from './stream-record';

/** What reading a stream needs of a connection: its entities and the table's discriminator. */
export interface StreamModel {
  entities: readonly EntityMetadata[];
  byName(name: string): EntityMetadata | undefined;
  typeAttribute: string;
}

const KINDS = { INSERT: 'insert', MODIFY: 'modify', REMOVE: 'remove' } as const;
/** Items monotable keeps for itself: never a change of the application's data. */
const INTERNAL_TYPES = new Set([UNIQUE_MARKER_TYPE, CHECKPOINT_ITEM_TYPE]);

type Image = Record<string, unknown>;

function plain(image: Record<string, unknown> | undefined): Image | undefined {
  if (!image) return undefined;
  return unmarshall(image as Parameters<typeof unmarshall>[0], { wrapNumbers: false });
}

/** A change DynamoDB made itself (a TTL deletion), in Lambda's spelling or GetRecords'. */
function madeByDynamoDB(record: StreamRecord): boolean {
  const identity = record.userIdentity;
  const type = identity?.type ?? identity?.Type;
  const principal = identity?.principalId ?? identity?.PrincipalId;
  return type === 'Service' && principal === 'dynamodb.amazonaws.com';
}

/** The entity a keys-only record belongs to: the one entity whose key templates read its keys. */
function entityOfKeys(model: StreamModel, keys: Image): EntityMetadata | undefined {
  const matching = model.entities.filter((meta) => keySlotValues(meta, keys) !== undefined);
  return matching.length === 1 ? matching[0] : undefined;
}

/**
 * Reads stream records as entity changes, in order: each image becomes an instance of its own
 * class by the discriminator (an item of an older schema version upgraded as a read would), a
 * keys-only record is attributed by its key templates, monotable's own items (@Unique markers,
 * migration checkpoints) are left out, and anything else is reported in `unknown`.
 */
export function readStreamChanges(
  model: StreamModel,
  records: readonly StreamRecord[],
): StreamChanges {
  const changes: EntityChange[] = [];
  const unknown: UnknownChange[] = [];
  for (const record of records) {
    const kind = KINDS[record.eventName as keyof typeof KINDS];
    const newItem = plain(record.dynamodb?.NewImage);
    const oldItem = plain(record.dynamodb?.OldImage);
    const keys = plain(record.dynamodb?.Keys) ?? {};
    const type = (newItem ?? oldItem)?.[model.typeAttribute];
    if (typeof type === 'string' && INTERNAL_TYPES.has(type)) continue;
    const meta =
      typeof type === 'string'
        ? model.byName(type)
        : newItem || oldItem
          ? undefined
          : entityOfKeys(model, keys);
    if (!kind || !meta) {
      unknown.push({
        ...(typeof type === 'string' ? { type } : {}),
        reason: typeof type === 'string' || newItem || oldItem ? 'unknown-type' : 'no-image',
        record,
      });
      continue;
    }
    changes.push({
      entity: meta.name,
      kind,
      key: keySlotValues(meta, keys) ?? keys,
      ...(newItem ? { newImage: hydrate<object>(meta, newItem) } : {}),
      ...(oldItem ? { oldImage: hydrate<object>(meta, oldItem) } : {}),
      ttlExpired: kind === 'remove' && madeByDynamoDB(record),
      record,
    });
  }
  return { changes, unknown };
}
