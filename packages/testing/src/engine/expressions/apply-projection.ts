import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { cloneValue, emptyRecord, type Item } from '../values';
import type { DocumentPath } from './document-path';

interface ProjectionNode {
  terminal: boolean;
  readonly names: Map<string, ProjectionNode>;
  readonly indexes: Map<number, ProjectionNode>;
}

/**
 * The part of `item` that the projected paths select, shaped like the item: nested maps keep
 * only the selected keys, selected list elements are returned compacted in index order, and
 * paths that do not exist are left out.
 * @example applyProjection(paths('a.b, l[2]'), item) // { a: { M: { b: ... } }, l: { L: [item.l[2]] } }
 */
export function applyProjection(paths: DocumentPath[], item: Item): Item {
  const tree = buildTree(paths);
  const result: Item = emptyRecord();
  for (const [name, node] of tree.names) {
    if (!Object.prototype.hasOwnProperty.call(item, name)) continue;
    const projected = project(node, item[name]);
    if (projected !== undefined) result[name] = projected;
  }
  return result;
}

function buildTree(paths: DocumentPath[]): ProjectionNode {
  const root = newNode();
  for (const path of paths) {
    let node = root;
    for (const element of path) {
      const children: Map<string | number, ProjectionNode> = element.kind === 'name' ? node.names : node.indexes;
      const key = element.kind === 'name' ? element.name : element.index;
      if (!children.has(key)) children.set(key, newNode());
      node = children.get(key)!;
    }
    node.terminal = true;
  }
  return root;
}

function newNode(): ProjectionNode {
  return { terminal: false, names: new Map(), indexes: new Map() };
}

function project(node: ProjectionNode, value: AttributeValue): AttributeValue | undefined {
  if (node.terminal) return cloneValue(value);
  if (value.M !== undefined && node.names.size > 0) {
    const map = emptyRecord<AttributeValue>();
    for (const [name, child] of node.names) {
      if (!Object.prototype.hasOwnProperty.call(value.M, name)) continue;
      const projected = project(child, value.M[name]);
      if (projected !== undefined) map[name] = projected;
    }
    return Object.keys(map).length > 0 ? { M: map } : undefined;
  }
  if (value.L !== undefined && node.indexes.size > 0) {
    const list: AttributeValue[] = [];
    for (const index of [...node.indexes.keys()].sort((a, b) => a - b)) {
      if (index >= value.L.length) continue;
      const projected = project(node.indexes.get(index)!, value.L[index]);
      if (projected !== undefined) list.push(projected);
    }
    return list.length > 0 ? { L: list } : undefined;
  }
  return undefined;
}
