/**
 * Reduces a response to what DynamoDB promises, so two engines can be compared with toEqual:
 * request metadata, ARNs, ids, timestamps and size statistics (refreshed every ~6 hours by
 * DynamoDB, instantly by DynamoDB Local) are dropped; binary becomes base64; set members are
 * sorted (DynamoDB does not promise their order).
 */
const DROPPED_FIELDS = new Set([
  '$metadata',
  '$fault',
  '$retryable',
  '$response',
  '__type',
  'TableArn',
  'TableId',
  'IndexArn',
  'ItemCount',
  'TableSizeBytes',
  'IndexSizeBytes',
]);

const SET_FIELDS = new Set(['SS', 'NS', 'BS']);

/**
 * Stream fields whose values are run-specific (labels are creation times, ids are random,
 * sequence numbers count across streams): compared by presence, as a placeholder.
 */
const RUN_SPECIFIC_FIELDS: Record<string, string> = {
  eventID: '<event-id>',
  SequenceNumber: '<sequence-number>',
  StartingSequenceNumber: '<sequence-number>',
  EndingSequenceNumber: '<sequence-number>',
  StreamArn: '<stream-arn>',
  LatestStreamArn: '<stream-arn>',
  LastEvaluatedStreamArn: '<stream-arn>',
  StreamLabel: '<stream-label>',
  LatestStreamLabel: '<stream-label>',
  ShardId: '<shard-id>',
  ShardIterator: '<shard-iterator>',
  NextShardIterator: '<shard-iterator>',
};
const STREAM_LABEL_IN_TEXT = /\/stream\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}/g;

/** Lists in a table description whose order DynamoDB does not promise, sorted by this field. */
const NAMED_LISTS: Record<string, string> = {
  AttributeDefinitions: 'AttributeName',
  GlobalSecondaryIndexes: 'IndexName',
  LocalSecondaryIndexes: 'IndexName',
};

export interface NormalizeOptions {
  keepCapacity?: boolean;
  unordered?: boolean;
}

export function normalize(value: unknown, options: NormalizeOptions = {}): unknown {
  if (value === undefined || value === null) return value;
  if (value instanceof Uint8Array) return `b64:${Buffer.from(value).toString('base64')}`;
  if (value instanceof Date) return '<date>';
  if (Array.isArray(value)) return value.map((element) => normalize(element, options));
  if (typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (fieldValue === undefined || DROPPED_FIELDS.has(field) || field.endsWith('DateTime'))
      continue;
    if (field === 'ConsumedCapacity' && !options.keepCapacity) continue;
    let normalized =
      field in RUN_SPECIFIC_FIELDS && typeof fieldValue === 'string'
        ? RUN_SPECIFIC_FIELDS[field]
        : normalize(fieldValue, options);
    if (SET_FIELDS.has(field) && Array.isArray(normalized))
      normalized = [...normalized].sort(compareJson);
    if (field in NAMED_LISTS && Array.isArray(normalized))
      normalized = sortByName(normalized, NAMED_LISTS[field]);
    if (options.unordered && (field === 'Items' || field === 'Records') && Array.isArray(normalized))
      normalized = [...normalized].sort(compareJson);
    if (options.unordered && field === 'LastEvaluatedKey') normalized = '<present>';
    if (options.unordered && field === 'Responses' && isRecord(normalized))
      normalized = sortEachList(normalized);
    // Defined, not assigned: an attribute named '__proto__' stays an attribute.
    Object.defineProperty(result, field, {
      value: normalized,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** BatchGetItem's Responses: one list per table, in no promised order. */
function sortEachList(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([table, list]) => [
      table,
      Array.isArray(list) ? [...list].sort(compareJson) : list,
    ]),
  );
}

function sortByName(list: unknown[], nameField: string): unknown[] {
  const name = (entry: unknown) => String((entry as Record<string, unknown>)?.[nameField]);
  return [...list].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}

/** Orders values by their JSON with object keys sorted: attribute order is not part of an item. */
function compareJson(left: unknown, right: unknown): number {
  const a = canonicalJson(left);
  const b = canonicalJson(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What a failed request is compared by: the error type, its message, and DynamoDB's extra fields;
 * for an exact-JSON step also the body's `__type` and the spelling of its message member.
 */
export function normalizeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: 'NonError', message: String(error) };
  const details = error as Error & {
    CancellationReasons?: unknown;
    Item?: unknown;
    rawErrorBody?: Record<string, unknown>;
  };
  const message = error.message.replace(STREAM_LABEL_IN_TEXT, '/stream/<stream-label>');
  const result: Record<string, unknown> = { error: error.name, message };
  if (details.rawErrorBody) {
    result.type = details.rawErrorBody.__type;
    result.messageMember = 'Message' in details.rawErrorBody ? 'Message' : 'message';
  }
  if (details.CancellationReasons !== undefined)
    result.CancellationReasons = normalize(details.CancellationReasons);
  if (details.Item !== undefined) result.Item = normalize(details.Item);
  return result;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, element]) => `${JSON.stringify(key)}:${canonicalJson(element)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
