import { CapacityTally, readUnits, type ReturnConsumedCapacity } from '../capacity';
import type { OperationOutput } from '../operation-context';
import { itemSize, type Item } from '../values';
import { selectAttributes, type AttributeSelection } from './attribute-selection';
import type { Page } from './read-page';
import type { ReadTarget } from './read-target';
import type { SelectMode } from './select-mode';
import { positionOf } from './start-key';

export interface PageOutputOptions {
  target: ReadTarget;
  select: SelectMode;
  selection: AttributeSelection;
  /** Every item read was fetched from the table (see fetchesFromTable): table units are due. */
  fetchedFromTable?: boolean;
  consistentRead?: boolean;
  returnConsumedCapacity?: string;
}

/** The response of a Query or Scan page: Items (or only Count), counts, LastEvaluatedKey, capacity. */
export function renderPage(page: Page, options: PageOutputOptions): OperationOutput {
  const { target, select } = options;
  const output: OperationOutput = {};
  if (select !== 'COUNT') output.Items = page.items.map((item) => shapeItem(item, options));
  output.Count = page.items.length;
  output.ScannedCount = page.scannedCount;
  if (page.truncated && page.lastEntry) output.LastEvaluatedKey = positionOf(target, page.lastEntry);
  const tally = new CapacityTally(target.table);
  // A page that read nothing costs nothing (unlike GetItem, which always costs a read).
  const units = page.bytesRead === 0 ? 0 : readUnits(page.bytesRead, Boolean(options.consistentRead));
  if (target.index) tally.addIndex(target.index.name, units);
  else tally.addTable(units);
  if (options.fetchedFromTable) {
    for (const item of page.read) tally.addTable(readUnits(itemSize(item), Boolean(options.consistentRead)));
  }
  const capacity = tally.render(options.returnConsumedCapacity as ReturnConsumedCapacity);
  if (capacity) output.ConsumedCapacity = capacity;
  return output;
}

function shapeItem(item: Item, { target, select, selection }: PageOutputOptions): Item {
  if (select === 'SPECIFIC_ATTRIBUTES') return selectAttributes(selection, item);
  if (select === 'ALL_PROJECTED_ATTRIBUTES' && target.index) return target.index.project(item);
  return item;
}
