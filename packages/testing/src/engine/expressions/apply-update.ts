import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { cloneValue, type Item } from '../values';
import type { UpdateAst } from './ast';
import { type DocumentPath, resolvePath } from './document-path';
import { parentOf } from './document-writer';
import { addValue, deleteFromValue, evaluateUpdateValue } from './update-values';

interface Write {
  readonly path: DocumentPath;
  readonly value: AttributeValue;
}

/**
 * Applies an update to an item and returns the new item (the input is not modified). Every
 * action reads the item as it was before the update, and list indexes refer to the original
 * positions: SET beyond the end appends (in index order), REMOVE of several elements shifts the
 * rest once. ADD creates missing attributes; DELETE that empties a set removes the attribute.
 * @example applyUpdate(parseUpdate('SET a = a + :one REMOVE l[0]', usage), item)
 */
export function applyUpdate(ast: UpdateAst, item: Item): Item {
  const writes: Write[] = [];
  const removals: DocumentPath[] = [];
  // DynamoDB evaluates the actions last to first; this decides which error wins.
  for (const action of [...ast.actions].reverse()) {
    if (action.kind === 'SET') writes.push({ path: action.path, value: evaluateUpdateValue(action.value, item) });
    else if (action.kind === 'ADD') writes.push({ path: action.path, value: addValue(resolvePath(action.path, item), action.value) });
    else if (action.kind === 'REMOVE') removals.push(action.path);
    else {
      const existing = resolvePath(action.path, item);
      const remaining = existing === undefined ? undefined : deleteFromValue(existing, action.value);
      if (remaining !== undefined) writes.push({ path: action.path, value: remaining });
      else if (existing !== undefined) removals.push(action.path);
      else parentOf(item, action.path); // a missing set is fine, a path through nothing is not
    }
  }
  const result = cloneValue(item);
  const originalLengths = new Map<AttributeValue[], number>();
  const appends: { list: AttributeValue[]; index: number; value: AttributeValue }[] = [];
  for (const { path, value } of writes) {
    const parent = parentOf(result, path);
    const last = path[path.length - 1];
    if (parent.kind === 'map' && last.kind === 'name') parent.entries[last.name] = value;
    else if (parent.kind === 'list' && last.kind === 'index') {
      if (!originalLengths.has(parent.elements)) originalLengths.set(parent.elements, parent.elements.length);
      if (last.index < parent.elements.length) parent.elements[last.index] = value;
      else appends.push({ list: parent.elements, index: last.index, value });
    }
  }
  appends.sort((a, b) => a.index - b.index).forEach(({ list, value }) => list.push(value));
  removeAll(result, removals, originalLengths);
  return result;
}

/** Removes map keys, then list elements from the highest original index down. */
function removeAll(item: Item, removals: DocumentPath[], originalLengths: Map<AttributeValue[], number>): void {
  const listRemovals: { list: AttributeValue[]; index: number }[] = [];
  for (const path of removals) {
    const parent = parentOf(item, path);
    const last = path[path.length - 1];
    if (parent.kind === 'map' && last.kind === 'name') delete parent.entries[last.name];
    else if (parent.kind === 'list' && last.kind === 'index') {
      const length = originalLengths.get(parent.elements) ?? parent.elements.length;
      if (last.index < length) listRemovals.push({ list: parent.elements, index: last.index });
    }
  }
  listRemovals.sort((a, b) => b.index - a.index).forEach(({ list, index }) => list.splice(index, 1));
}
