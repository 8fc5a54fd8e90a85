import type { StreamRecord } from './stream-record';

/** What happened to one item, as a stream record tells it, in the entity's own terms. */
export interface EntityChange<T extends object = object> {
  /** The entity's name (its discriminator). */
  entity: string;
  kind: 'insert' | 'modify' | 'remove';
  /** The entity properties the item's primary key is made of (`{ id: 'c1' }`). */
  key: Record<string, unknown>;
  /** The item after the change, as an instance of its class (absent for a remove, or when the stream has no new images). */
  newImage?: T;
  /** The item before the change (absent for an insert, or when the stream has no old images). */
  oldImage?: T;
  /** A removal DynamoDB made itself because the item's time to live passed. */
  ttlExpired: boolean;
  /** The record it was read from. */
  record: StreamRecord;
}

/** A record that is not a change of a registered entity. */
export interface UnknownChange {
  /** The item's discriminator, when it has one. */
  type?: string;
  reason: 'unknown-type' | 'no-image';
  record: StreamRecord;
}

/** The changes of a batch of stream records, in record order, and the records left out. */
export interface StreamChanges {
  changes: EntityChange[];
  /** Records of items monotable cannot read as an entity (not thrown: a stream carries them all). */
  unknown: UnknownChange[];
}
