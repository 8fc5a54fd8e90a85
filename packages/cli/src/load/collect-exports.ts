import { Table, isEntity } from '@monotable/core';

/** What a module exports that the CLI understands. */
export interface ModuleContents {
  entities: Function[];
  tables: Table[];
  /** Every export name, to say what a module without entities does export. */
  exportNames: string[];
}

/**
 * The entity classes and tables a module exports: as named or default exports, or inside an
 * exported array (`export const entities = [Customer, Order]`).
 */
export function collectExports(exports: unknown): ModuleContents {
  const record: Record<string, unknown> =
    typeof exports === 'function'
      ? { default: exports }
      : ((exports ?? {}) as Record<string, unknown>);
  const entities = new Set<Function>();
  const tables = new Set<Table>();
  for (const value of Object.values(record)) {
    for (const candidate of Array.isArray(value) ? value : [value]) {
      if (candidate instanceof Table) tables.add(candidate);
      else if (isEntity(candidate)) entities.add(candidate);
    }
  }
  return {
    entities: [...entities],
    tables: [...tables],
    exportNames: Object.keys(record).filter((name) => name !== '__esModule'),
  };
}
