import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import type { Item } from '../values';
import type { DocumentPath, PathElement } from './document-path';
import { updateMessages } from './messages';

/** The container that holds the last element of a path: an item, a map or a list. */
export type Parent = { kind: 'map'; entries: Record<string, AttributeValue> } | { kind: 'list'; elements: AttributeValue[] };

/**
 * The parent container of `path` in `item`, which must exist and match the last element (a map
 * for a name, a list for an index); otherwise DynamoDB's "invalid for update" error.
 */
export function parentOf(item: Item, path: DocumentPath): Parent {
  let parent: Parent = { kind: 'map', entries: item };
  for (const element of path.slice(0, -1)) {
    const child = childOf(parent, element);
    if (child?.M !== undefined) parent = { kind: 'map', entries: child.M };
    else if (child?.L !== undefined) parent = { kind: 'list', elements: child.L };
    else throw validationError(updateMessages.invalidPath);
  }
  const last = path[path.length - 1];
  if ((last.kind === 'name') !== (parent.kind === 'map')) throw validationError(updateMessages.invalidPath);
  return parent;
}

function childOf(parent: Parent, element: PathElement): AttributeValue | undefined {
  if (parent.kind === 'map') {
    return element.kind === 'name' && Object.prototype.hasOwnProperty.call(parent.entries, element.name)
      ? parent.entries[element.name]
      : undefined;
  }
  return element.kind === 'index' ? parent.elements[element.index] : undefined;
}
