import { applyProjection } from './apply-projection';
import { parseProjection } from './parse-projection';
import { SAMPLE_ITEM, usageFor, validationMessage } from './__fixtures__/expression-test-kit';

const project = (expression: string) => applyProjection(parseProjection(expression, usageFor([expression])), SAMPLE_ITEM);
const error = (expression: string) => validationMessage(() => parseProjection(expression, usageFor([expression])));

// Results and messages were observed in DynamoDB Local with the same item.
describe('parseProjection + applyProjection', () => {
  it.each([
    ['s', { s: { S: 'hello' } }],
    ['s,n , m.a', { s: { S: 'hello' }, n: { N: '5' }, m: { M: { a: { S: 'x' } } } }],
    ['m.a, m.n', { m: { M: { a: { S: 'x' }, n: { N: '3' } } } }],
    ['m.l[0]', { m: { M: { l: { L: [{ N: '7' }] } } } }],
    ['l[2].x', { l: { L: [{ M: { x: { S: 'y' } } }] } }],
    ['l[1], l[0]', { l: { L: [{ S: 'a' }, { N: '1' }] } }],
    ['l[2], l[0], l[1]', { l: { L: [{ S: 'a' }, { N: '1' }, { M: { x: { S: 'y' } } }] } }],
    ['l[1], l[3]', { l: { L: [{ N: '1' }] } }],
    ['m.a, m.nope', { m: { M: { a: { S: 'x' } } } }],
    ['m.#a', { m: { M: { a: { S: 'x' } } } }],
    ['#s', { s: { S: 'hello' } }],
    ['l[5]', {}],
    ['nope', {}],
    ['l[0].x', {}],
    ['s.x', {}],
    ['s[0]', {}],
    ['m[0]', {}],
    ['l.x', {}],
  ])('%j', (expression, expected) => {
    expect(project(expression)).toEqual(expected);
  });

  it('copies values instead of sharing them with the item', () => {
    const result = project('b');
    result.b.B![0] = 9;
    expect(SAMPLE_ITEM.b.B![0]).toBe(1);
  });

  it.each([
    ['s, s', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [s], path two: [s]'],
    ['m, m.a', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [m], path two: [m, a]'],
    ['m.a, m', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [m, a], path two: [m]'],
    ['l[0], l[0].x', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [l, [0]], path two: [l, [0], x]'],
    ['s, #s', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [s], path two: [s]'],
    ['status', 'Attribute name is a reserved keyword; reserved keyword: status'],
    ['#nope', 'An expression attribute name used in the document path is not defined; attribute name: #nope'],
    [':s', 'Syntax error; token: ":s", near: ":s"'],
    ['s = :s', 'Syntax error; token: "=", near: "s = :s"'],
    ['size(s)', 'Syntax error; token: "(", near: "size(s"'],
    ['s,', 'Syntax error; token: "<EOF>", near: ","'],
    [',s', 'Syntax error; token: ",", near: ",s"'],
    ['s n', 'Syntax error; token: "n", near: "s n"'],
    ['(s)', 'Syntax error; token: "(", near: "(s"'],
    ['l[100000000000]', 'List index is not within the allowable range; index: [100000000000]'],
    ['m.:s', 'An expression attribute name used in the document path is not defined; attribute name: :s'],
  ])('rejects %j', (expression, detail) => {
    expect(error(expression)).toBe(`Invalid ProjectionExpression: ${detail}`);
  });
});
