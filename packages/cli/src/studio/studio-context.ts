import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Monotable, type EntityMetadata } from '@monotable/core';
import type { Target } from '../connect';
import type { Model } from '../load';
import { buildAccessPatterns, type AccessPattern } from './access-patterns';
import { CapacityMeter } from './capacity-meter';
import { StudioRequestError } from './http-io';
import { buildModelView, type ModelView } from './model-view';

/** What every route works with: the model, its views, and the studio's own connection. */
export interface StudioContext {
  model: Model;
  view: ModelView;
  patterns: AccessPattern[];
  /** Every edit and query goes through this connection's repositories. */
  db: Monotable;
  /** The same client, for the raw reads of the grid. */
  documents: DynamoDBDocumentClient;
  meter: CapacityMeter;
  /** Where the table is, when known: named in the explanation of DynamoDB's errors. */
  target?: Target;
  /** The entity named `name`, or a 404. */
  entity(name: string): EntityMetadata;
}

export function createStudioContext(
  model: Model,
  client: DynamoDBClient,
  target?: Target,
): StudioContext {
  const meter = new CapacityMeter();
  const db = new Monotable({
    client,
    table: model.table,
    tableName: model.tableName,
    entities: model.entities as Array<new () => object>,
    consumedCapacity: 'INDEXES',
    logger: meter.logger,
  });
  const byName = new Map(model.metadata.map((meta) => [meta.name, meta]));
  return {
    model,
    view: buildModelView(model),
    patterns: buildAccessPatterns(model),
    db,
    documents: db.documentClient,
    meter,
    target,
    entity(name) {
      const meta = byName.get(name);
      if (!meta) throw new StudioRequestError(404, 'ENTITY_UNKNOWN', `No entity named ${name}`);
      return meta;
    },
  };
}
