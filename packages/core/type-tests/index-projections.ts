/**
 * Compile-only: what `Table.projectionOf` answers. Every `@ts-expect-error` line must fail to
 * compile; every other line must compile.
 */
import { Table } from '../src';

const T = new Table({
  name: 't',
  partitionKey: 'PK',
  indexes: { byShelf: { partitionKey: 'GSI1PK', projection: 'KEYS_ONLY' } },
});

const projection = T.projectionOf('byShelf');
export const included: string[] = projection === 'ALL' ? [] : projection;
// @ts-expect-error 'ALL' is a projection too: narrow it first
export const names: string[] = projection;
// @ts-expect-error a projection is never 'KEYS_ONLY' once defined (it includes the type attribute)
export const keysOnly = projection === 'KEYS_ONLY';
