import type { DocumentPath } from './document-path';
import { PathOverlapChecker } from './path-overlap';

/** Adds the paths last to first, as DynamoDB does, and returns the message of the clash. */
function clash(...paths: string[]): string {
  const checker = new PathOverlapChecker((detail) => new Error(detail));
  try {
    [...paths].reverse().forEach((path) => checker.add(parse(path)));
  } catch (error) {
    return (error as Error).message.replace(/^Two document paths (\w+) .* path one: /, '$1 ');
  }
  return 'none';
}

function parse(path: string): DocumentPath {
  return path.split('.').flatMap((part) => {
    const [name, ...indexes] = part.split('[');
    return [{ kind: 'name' as const, name }, ...indexes.map((index) => ({ kind: 'index' as const, index: Number(index.slice(0, -1)) }))];
  });
}

// "path two" follows DynamoDB's HashMap order; every expectation was observed in DynamoDB Local.
describe('PathOverlapChecker', () => {
  it.each([
    [['a', 'b'], 'none'],
    [['a.b', 'a.c', 'l[0]', 'l[1]'], 'none'],
    [['a', 'a'], 'overlap [a], path two: [a]'],
    [['m', 'm.a'], 'overlap [m], path two: [m, a]'],
    [['m.a', 'm'], 'overlap [m, a], path two: [m]'],
    [['a', 'b', 'a'], 'overlap [a], path two: [b]'],
    [['a', 'a', 'b'], 'overlap [a], path two: [b]'],
    [['b', 'a', 'a'], 'overlap [a], path two: [a]'],
    [['a', 'b', 'c', 'd', 'a'], 'overlap [a], path two: [d]'],
    [['x', 'y', 'z', 'y', 'w'], 'overlap [y], path two: [z]'],
    [['zz', 'a', 'yy', 'a'], 'overlap [a], path two: [a]'],
    [['a', 'c.d', 'a'], 'overlap [a], path two: [c, d]'],
    [['m.a', 'm.b', 'm.a'], 'overlap [m, a], path two: [m, b]'],
    [['m.a', 'z', 'm.a'], 'overlap [m, a], path two: [m, a]'],
    [['m.a', 'm.b.c', 'm.a'], 'overlap [m, a], path two: [m, b, c]'],
    [['m', 'm.b', 'm.a'], 'overlap [m], path two: [m, b]'],
    [['m.a', 'm.b', 'm'], 'overlap [m, b], path two: [m]'],
    [['l[0]', 'l[1]', 'l[2]', 'l[0]'], 'overlap [l, [0]], path two: [l, [2]]'],
    [['l[5]', 'l[1]', 'l[3]', 'l[5]'], 'overlap [l, [5]], path two: [l, [5]]'],
    [['l[0]', 'l.a'], 'conflict [l, [0]], path two: [l, a]'],
    [['l.a', 'l.b', 'l[0]'], 'conflict [l, b], path two: [l, [0]]'],
    [['z', 'l[0]', 'l.a'], 'conflict [l, [0]], path two: [l, a]'],
  ])('%j → %s', (paths, expected) => {
    expect(clash(...paths)).toBe(expected);
  });
});
