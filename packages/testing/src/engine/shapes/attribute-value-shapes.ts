import type {
  AttributeValueUpdate,
  Condition,
  ExpectedAttributeValue,
} from '@aws-sdk/client-dynamodb';
import {
  BLOB,
  BOOLEAN,
  STRING,
  lazy,
  list,
  map,
  structure,
  type MapShape,
  type StructureShape,
} from './shape';

/** An AttributeValue's members as they travel (the SDK's own type is a union of one-member types). */
interface WireAttributeValue {
  S: string;
  N: string;
  B: Uint8Array;
  SS: string[];
  NS: string[];
  BS: Uint8Array[];
  M: Record<string, unknown>;
  L: unknown[];
  NULL: boolean;
  BOOL: boolean;
}

export const ATTRIBUTE_VALUE: StructureShape = structure<WireAttributeValue>({
  S: STRING,
  N: STRING,
  B: BLOB,
  SS: list(STRING),
  NS: list(STRING),
  BS: list(BLOB),
  M: map(lazy(() => ATTRIBUTE_VALUE)),
  L: list(lazy(() => ATTRIBUTE_VALUE)),
  NULL: BOOLEAN,
  BOOL: BOOLEAN,
});

/** Item, Key, ExclusiveStartKey, ExpressionAttributeValues: name → AttributeValue. */
export const ATTRIBUTE_MAP: MapShape = map(ATTRIBUTE_VALUE);

/** ExpressionAttributeNames: placeholder → attribute name. */
export const ATTRIBUTE_NAMES: MapShape = map(STRING);

/** KeyConditions, QueryFilter and ScanFilter entries. */
const CONDITION = structure<Condition>({
  AttributeValueList: list(ATTRIBUTE_VALUE),
  ComparisonOperator: STRING,
});

export const CONDITIONS: MapShape = map(CONDITION);

/** The legacy Expected parameter of writes. */
export const EXPECTED: MapShape = map(
  structure<ExpectedAttributeValue>({
    Value: ATTRIBUTE_VALUE,
    Exists: BOOLEAN,
    ComparisonOperator: STRING,
    AttributeValueList: list(ATTRIBUTE_VALUE),
  }),
);

/** The legacy AttributeUpdates parameter of UpdateItem. */
export const ATTRIBUTE_UPDATES: MapShape = map(
  structure<AttributeValueUpdate>({ Value: ATTRIBUTE_VALUE, Action: STRING }),
);
