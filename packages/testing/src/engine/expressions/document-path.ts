import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Item } from '../values';

/** One step of a document path: a map key (or top-level attribute) or a list index. */
export type PathElement = { kind: 'name'; name: string } | { kind: 'index'; index: number };

/** A resolved document path such as a.b[2].c (placeholders already substituted). */
export type DocumentPath = PathElement[];

/**
 * The value at `path`, or undefined when any step is missing or of the wrong type.
 * @example resolvePath([{ kind: 'name', name: 'a' }, { kind: 'index', index: 0 }], { a: { L: [{ S: 'x' }] } }) // { S: 'x' }
 */
export function resolvePath(path: DocumentPath, item: Item | undefined): AttributeValue | undefined {
  if (!item || path.length === 0 || path[0].kind !== 'name') return undefined;
  let current: AttributeValue | undefined = Object.prototype.hasOwnProperty.call(item, path[0].name)
    ? item[path[0].name]
    : undefined;
  for (let i = 1; i < path.length && current !== undefined; i++) current = step(current, path[i]);
  return current;
}

/** The child of `value` at one path element, if `value` is a container of the right kind. */
export function step(value: AttributeValue, element: PathElement): AttributeValue | undefined {
  if (element.kind === 'name') {
    const map = value.M;
    return map && Object.prototype.hasOwnProperty.call(map, element.name) ? map[element.name] : undefined;
  }
  return value.L ? value.L[element.index] : undefined;
}

/** DynamoDB's rendering of a path in messages: [a, b, [2], c]. */
export function formatPath(path: DocumentPath): string {
  return `[${path.map((element) => (element.kind === 'name' ? element.name : `[${element.index}]`)).join(', ')}]`;
}

export function pathsEqual(a: DocumentPath, b: DocumentPath): boolean {
  return a.length === b.length && a.every((element, i) => elementsEqual(element, b[i]));
}

export function elementsEqual(a: PathElement, b: PathElement): boolean {
  return a.kind === 'name' ? b.kind === 'name' && a.name === b.name : b.kind === 'index' && a.index === b.index;
}
