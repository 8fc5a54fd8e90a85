import type { ConditionAst, DocumentPath } from '../expressions';
import type { Item } from '../values';
import type { TableState } from '../state/table-state';

/**
 * One write (or condition check), validated and ready to run. Running is split in two so that
 * a transaction can evaluate every action before applying any: `compute` gives the item after
 * the write from the item before; the caller then commits.
 */
export interface PreparedWrite {
  kind: 'Put' | 'Update' | 'Delete' | 'ConditionCheck';
  table: TableState;
  /** The primary key of the item written. */
  key: Item;
  condition?: ConditionAst;
  returnValuesOnConditionCheckFailure?: string;
  /** For UpdateItem's UPDATED_OLD / UPDATED_NEW. */
  updatedPaths?: DocumentPath[];
  /**
   * The item after the write (undefined: no item) given the item before. Throws a
   * ValidationException for problems that depend on the stored data (e.g. size after update).
   */
  compute(existing: Item | undefined): Item | undefined;
}
