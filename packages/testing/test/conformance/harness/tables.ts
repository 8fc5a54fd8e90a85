import type { StepInput, Step } from './steps';
import { T } from './steps';

type KeyType = 'S' | 'N' | 'B';
type Key = [name: string, type: KeyType];

export interface IndexSpec {
  name: string;
  /** Several for a multi-attribute GSI key (in order). */
  hash?: Key | Key[];
  range?: Key | Key[];
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

/** One key or several (a multi-attribute GSI key), as a list. */
function keys(key: Key | Key[] | null | undefined): Key[] {
  if (!key) return [];
  return typeof key[0] === 'string' ? [key as Key] : (key as Key[]);
}

function keySchema(hash: Key | Key[], range?: Key | Key[] | null): StepInput[] {
  return [
    ...keys(hash).map(([AttributeName]) => ({ AttributeName, KeyType: 'HASH' })),
    ...keys(range).map(([AttributeName]) => ({ AttributeName, KeyType: 'RANGE' })),
  ];
}

/** The CreateTable input for a table spec; pay-per-request, every key attribute defined once. */
export function tableInput(spec: TableSpec = {}): StepInput {
  const hash = spec.hash ?? ['pk', 'S'];
  const range = spec.range === undefined ? (['sk', 'S'] as Key) : spec.range;
  const definitions = new Map<string, KeyType>([[hash[0], hash[1]]]);
  if (range) definitions.set(range[0], range[1]);
  const gsis = (spec.gsis ?? []).map((index) => {
    const indexHash = index.hash ?? hash;
    for (const [name, type] of [...keys(indexHash), ...keys(index.range)])
      definitions.set(name, type);
    return {
      IndexName: index.name,
      KeySchema: keySchema(indexHash, index.range),
      Projection: projection(index.projection),
    };
  });
  const lsis = (spec.lsis ?? []).map((index) => {
    for (const [name, type] of keys(index.range)) definitions.set(name, type);
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
