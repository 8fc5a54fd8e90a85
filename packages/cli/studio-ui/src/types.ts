// The shapes the studio's API answers with: the server's declarations (src/studio/api-shapes.ts),
// for their types only.
export type {
  AccessPattern,
  AttributeView,
  EntityView,
  GridItem,
  GridPartition,
  IndexView,
  ModelView,
  RelationView,
  StudioModel,
  TableView,
} from '../../src/studio/api-shapes';

export type Item = Record<string, unknown>;

export interface SentRequest {
  operation: string;
  consumedCapacity?: unknown;
}

export interface ApiError {
  code: string;
  message: string;
  violations?: Array<{ property: string; constraints: Record<string, string> }>;
}

/** An item opened in the editor: its entity and, for an existing item, its properties. */
export interface Editing {
  entity: string;
  item?: Item;
}
