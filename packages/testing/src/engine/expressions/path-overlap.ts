import { type DocumentPath, elementsEqual, formatPath, type PathElement } from './document-path';
import { javaHashOrder, javaStringHash } from './java-hash-order';
import { expressionMessages } from './messages';

interface TrieNode {
  readonly element?: PathElement;
  readonly children: TrieNode[];
  terminal: boolean;
}

/**
 * Rejects document paths that overlap (one is a prefix of, or equal to, another) or conflict
 * (a map key and a list index under the same parent), as DynamoDB does for the paths of an
 * UpdateExpression or ProjectionExpression. DynamoDB adds the paths last to first and names, as
 * "path two", the newest branch of the level where the clash is found (its children live in a
 * Java HashMap); this class reproduces that so messages match.
 */
export class PathOverlapChecker {
  private readonly root: TrieNode = { children: [], terminal: false };

  constructor(private readonly error: (detail: string) => Error) {}

  add(path: DocumentPath): void {
    let node = this.root;
    const prefix: PathElement[] = [];
    path.forEach((element, depth) => {
      const child = node.children.find((candidate) => elementsEqual(candidate.element!, element));
      if (child && (child.terminal || depth === path.length - 1)) {
        throw this.error(expressionMessages.pathsOverlap(formatPath(path), formatPath([...prefix, ...lastBranch(node)])));
      }
      if (!child && node.children.length > 0 && node.children[0].element!.kind !== element.kind) {
        throw this.error(expressionMessages.pathsConflict(formatPath(path), formatPath([...prefix, ...lastBranch(node)])));
      }
      const next = child ?? { element, children: [], terminal: false };
      if (!child) node.children.push(next);
      prefix.push(element);
      node = next;
    });
    node.terminal = true;
  }
}

/** Follows the last child in HashMap order down to a leaf. */
function lastBranch(node: TrieNode): PathElement[] {
  const branch: PathElement[] = [];
  let current = node;
  while (current.children.length > 0) {
    const ordered = javaHashOrder(current.children, (child) =>
      child.element!.kind === 'name' ? javaStringHash(child.element!.name) : child.element!.index,
    );
    current = ordered[ordered.length - 1];
    branch.push(current.element!);
  }
  return branch;
}
