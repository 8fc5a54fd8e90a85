import type { StepInput, Step } from './steps';
import { T } from './steps';

type KeyType = 'S' | 'N' | 'B';
type Key = [name: string, type: KeyType];

export interface IndexSpec {
  name: string;
  hash?: Key;
  range?: Key;
  projection?: 'ALL' | 'KEYS_ONLY' | string[];
}

export interface TableSpec {
  table?: string;
  hash?: Key;
  range?: Key | null;
  gsis?: IndexSpec[];
  lsis?: IndexSpec[];
  /** Extra CreateTable fields (overrides). */
  extra?: StepInput;
}

function projection(spec: IndexSpec['projection'] = 'ALL'): StepInput {
  if (Array.isArray(spec)) return { ProjectionType: 'INCLUDE', NonKeyAttributes: spec };
  return { ProjectionType: spec };
}

function keySchema(hash: Key, range?: Key | null): StepInput[] {
  const schema: StepInput[] = [{ AttributeName: hash[0], KeyType: 'HASH' }];
  if (range) schema.push({ AttributeName: range[0], KeyType: 'RANGE' });
  return schema;
}

/** The CreateTable input for a table spec; pay-per-request, every key attribute defined once. */
export function tableInput(spec: TableSpec = {}): StepInput {
  const hash = spec.hash ?? ['pk', 'S'];
  const range = spec.range === undefined ? (['sk', 'S'] as Key) : spec.range;
  const definitions = new Map<string, KeyType>([[hash[0], hash[1]]]);
  if (range) definitions.set(range[0], range[1]);
  const gsis = (spec.gsis ?? []).map((index) => {
    const indexHash = index.hash ?? hash;
    definitions.set(indexHash[0], indexHash[1]);
    if (index.range) definitions.set(index.range[0], index.range[1]);
    return {
      IndexName: index.name,
      KeySchema: keySchema(indexHash, index.range),
      Projection: projection(index.projection),
    };
  });
  const lsis = (spec.lsis ?? []).map((index) => {
    if (index.range) definitions.set(index.range[0], index.range[1]);
    return {
      IndexName: index.name,
      KeySchema: keySchema(hash, index.range),
      Projection: projection(index.projection),
    };
  });
  return {
    TableName: spec.table ?? T,
    KeySchema: keySchema(hash, range),
    AttributeDefinitions: [...definitions].map(([AttributeName, AttributeType]) => ({
      AttributeName,
      AttributeType,
    })),
    BillingMode: 'PAY_PER_REQUEST',
    ...(gsis.length > 0 ? { GlobalSecondaryIndexes: gsis } : {}),
    ...(lsis.length > 0 ? { LocalSecondaryIndexes: lsis } : {}),
    ...spec.extra,
  };
}

export const createTable = (spec: TableSpec = {}): Step => ({
  op: 'CreateTable',
  input: tableInput(spec),
});

/** pk (S) + sk (S). */
export const simpleTable = (table = T): Step => createTable({ table });
/** pk (S) only. */
export const hashOnlyTable = (table = T): Step => createTable({ table, range: null });
/** pk (S) + sk (N). */
export const numericSortTable = (table = T): Step => createTable({ table, range: ['sk', 'N'] });

/**
 * The indexed table most cases use: pk/sk strings; gsi1 (gsi1pk, gsi1sk; ALL), gsi2 (gsi2pk
 * only; KEYS_ONLY), gsi3 (gsi1pk + n (N); INCLUDE a), lsi1 (pk, lsi1sk N; ALL),
 * lsi2 (pk, lsi2sk S; KEYS_ONLY).
 */
export const indexedTable = (table = T): Step =>
  createTable({
    table,
    gsis: [
      { name: 'gsi1', hash: ['gsi1pk', 'S'], range: ['gsi1sk', 'S'] },
      { name: 'gsi2', hash: ['gsi2pk', 'S'], projection: 'KEYS_ONLY' },
      { name: 'gsi3', hash: ['gsi1pk', 'S'], range: ['n', 'N'], projection: ['a'] },
    ],
    lsis: [
      { name: 'lsi1', range: ['lsi1sk', 'N'] },
      { name: 'lsi2', range: ['lsi2sk', 'S'], projection: 'KEYS_ONLY' },
    ],
  });
