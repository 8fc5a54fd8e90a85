import { toAttributeMap, type NativeItem } from './attribute-values';

/** DynamoDB operations a case can send. */
export type OperationName =
  | 'CreateTable'
  | 'DeleteTable'
  | 'DescribeTable'
  | 'ListTables'
  | 'UpdateTable'
  | 'DescribeTimeToLive'
  | 'UpdateTimeToLive'
  | 'PutItem'
  | 'GetItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'Query'
  | 'Scan'
  | 'BatchGetItem'
  | 'BatchWriteItem'
  | 'TransactGetItems'
  | 'TransactWriteItems'
  | StreamOperationName;

/** DynamoDB Streams operations, sent on the same endpoint through a Streams client. */
export type StreamOperationName = 'ListStreams' | 'DescribeStream' | 'GetShardIterator' | 'GetRecords';

/**
 * Client-side loops over one operation, for results whose page boundaries or order DynamoDB
 * leaves open: QueryAll (every page, in order), ScanAll (page count, totals, items sorted),
 * ParallelScan (every segment to the end; items sorted, duplicates counted), WaitForActive
 * (polls DescribeTable until the table and its indexes are ACTIVE; answers {}), ReadStream (the
 * table's latest stream from TRIM_HORIZON, page by page until a page is empty or the shard ends),
 * WaitForExpiry (polls GetItem until TTL has removed the item; answers {}).
 */
export type MetaOperationName =
  | 'QueryAll'
  | 'ScanAll'
  | 'ParallelScan'
  | 'WaitForActive'
  | 'ReadStream'
  | 'WaitForExpiry';

export type StepInput = Record<string, unknown>;

/** Raw SDK outputs of the steps run so far (setup first), for inputs built from them. */
export type PreviousOutputs = readonly Record<string, any>[];

export interface Step {
  op: OperationName | MetaOperationName;
  input: StepInput | ((previous: PreviousOutputs) => StepInput);
  /** DynamoDB leaves the item order open (Scan): compare items sorted, LastEvaluatedKey by presence. */
  unordered?: boolean;
  /** Compare ConsumedCapacity too (dropped otherwise). */
  capacity?: boolean;
  /**
   * Send `input` as exactly this JSON, past the SDK's serializer (null members, members of the
   * wrong type and '__proto__' keys reach the engine as written; values in wire form), and
   * compare the answer as the JSON it was.
   */
  raw?: boolean;
}

/** Placeholders for table names; the runner gives each case its own physical names. */
export const T = '$T';
export const U = '$U';

type Extra = StepInput & { table?: string };

const KEY_FIELDS = new Set(['Item', 'Key', 'ExpressionAttributeValues', 'ExclusiveStartKey']);

/** Converts native values under Item/Key/ExpressionAttributeValues/ExclusiveStartKey/Keys, at any depth. */
export function wire(input: unknown): any {
  if (Array.isArray(input)) return input.map(wire);
  if (input === null || typeof input !== 'object' || input instanceof Uint8Array) return input;
  return Object.fromEntries(
    Object.entries(input).map(([field, value]) => {
      if (KEY_FIELDS.has(field) && isPlainObject(value))
        return [field, toAttributeMap(value as NativeItem)];
      if (field === 'Keys' && Array.isArray(value))
        return [field, value.map((key) => toAttributeMap(key as NativeItem))];
      return [field, wire(value)];
    }),
  );
}

/** A map of values (also objects without a prototype, as fast-check builds them). */
function isPlainObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function tableStep(
  op: Step['op'],
  extra: Extra,
  fields: StepInput,
  options: Partial<Step> = {},
): Step {
  const { table = T, ...rest } = extra;
  return { op, input: wire({ TableName: table, ...fields, ...rest }), ...options };
}

export const put = (item: NativeItem, extra: Extra = {}): Step =>
  tableStep('PutItem', extra, { Item: item });
export const get = (key: NativeItem, extra: Extra = {}): Step =>
  tableStep('GetItem', extra, { Key: key });
export const del = (key: NativeItem, extra: Extra = {}): Step =>
  tableStep('DeleteItem', extra, { Key: key });
export const update = (key: NativeItem, expression: string | undefined, extra: Extra = {}): Step =>
  tableStep(
    'UpdateItem',
    extra,
    expression === undefined ? { Key: key } : { Key: key, UpdateExpression: expression },
  );
export const query = (extra: Extra): Step => tableStep('Query', extra, {});
export const queryAll = (extra: Extra): Step => tableStep('QueryAll', extra, {});
export const scan = (extra: Extra = {}): Step => tableStep('Scan', extra, {}, { unordered: true });
export const scanAll = (extra: Extra = {}): Step =>
  tableStep('ScanAll', extra, {}, { unordered: true });
export const parallelScan = (totalSegments: number, extra: Extra = {}): Step =>
  tableStep('ParallelScan', extra, { TotalSegments: totalSegments }, { unordered: true });
export const waitForActive = (table = T): Step => ({
  op: 'WaitForActive',
  input: { TableName: table },
});
export const describeTable = (table = T): Step => ({
  op: 'DescribeTable',
  input: { TableName: table },
});
export const deleteTable = (table = T): Step => ({
  op: 'DeleteTable',
  input: { TableName: table },
});
export const describeTtl = (table = T): Step => ({
  op: 'DescribeTimeToLive',
  input: { TableName: table },
});
export const updateTtl = (spec: StepInput, table = T): Step => ({
  op: 'UpdateTimeToLive',
  input: { TableName: table, TimeToLiveSpecification: spec },
});
export const updateTable = (extra: Extra): Step => tableStep('UpdateTable', extra, {});
/** Waits until TTL has deleted the item at `key` (DynamoDB Local sweeps expired items about once a second). */
export const waitForExpiry = (key: NativeItem, table = T): Step => ({
  op: 'WaitForExpiry',
  input: wire({ TableName: table, Key: key }),
});
/** Reads every record of the table's latest stream; `Limit` sizes the GetRecords pages. */
export const readStream = (table = T, extra: StepInput = {}): Step => ({
  op: 'ReadStream',
  input: { TableName: table, ...extra },
});
export const listTables = (input: StepInput = {}): Step => ({ op: 'ListTables', input });
export const batchGet = (requestItems: StepInput, extra: StepInput = {}): Step => ({
  op: 'BatchGetItem',
  input: wire({ RequestItems: requestItems, ...extra }),
});
export const batchWrite = (requestItems: StepInput, extra: StepInput = {}): Step => ({
  op: 'BatchWriteItem',
  input: wire({ RequestItems: requestItems, ...extra }),
});
export const transactGet = (items: StepInput[], extra: StepInput = {}): Step => ({
  op: 'TransactGetItems',
  input: wire({ TransactItems: items, ...extra }),
});
export const transactWrite = (items: StepInput[], extra: StepInput = {}): Step => ({
  op: 'TransactWriteItems',
  input: wire({ TransactItems: items, ...extra }),
});
/** A step whose input (in wire form) is sent as exactly this JSON: null members, wrong types. */
export const exact = (op: OperationName, input: StepInput, unordered = false): Step => ({
  op,
  input,
  raw: true,
  unordered,
});
/**
 * A step whose input is computed from the outputs of earlier steps (pagination tokens). The
 * input is written in wire form (AttributeValues), since it embeds keys from responses.
 */
export const after = (
  op: Step['op'],
  build: (previous: PreviousOutputs) => StepInput,
  options: Partial<Step> = {},
): Step => ({
  op,
  input: build,
  ...options,
});
/** The output of the last step run so far. */
export const last = (previous: PreviousOutputs): Record<string, any> =>
  previous[previous.length - 1];
