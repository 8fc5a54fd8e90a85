import { parseUpdate, updatedPaths } from './parse-update';
import { usageFor, validationMessage } from './__fixtures__/expression-test-kit';

const error = (expression: string, values = {}) => validationMessage(() => parseUpdate(expression, usageFor([expression], { values })));
const overlap = (one: string, two: string) =>
  `Two document paths overlap with each other; must remove or rewrite one of these paths; path one: ${one}, path two: ${two}`;

// Every expected message was produced by DynamoDB Local for the same input.
describe('parseUpdate', () => {
  it.each([
    ['SET x = :s,', 'Syntax error; token: "<EOF>", near: ","'],
    ['SET x', 'Syntax error; token: "<EOF>", near: "x"'],
    ['SET', 'Syntax error; token: "<EOF>", near: "SET"'],
    ['x = :s', 'Syntax error; token: "x", near: "x ="'],
    ['SET x = :s REMOVE', 'Syntax error; token: "<EOF>", near: "REMOVE"'],
    ['SET x =', 'Syntax error; token: "<EOF>", near: "="'],
    ['SET x = :s AND y = :s', 'Syntax error; token: "AND", near: ":s AND y"'],
    ['SET n = n + :n + :n', 'Syntax error; token: "+", near: ":n + :n"'],
    ['SET n = n + (:n + :n)', 'Syntax error; token: "+", near: ":n + :n"'],
    ['SET x = :n + :n - :n', 'Syntax error; token: "-", near: ":n - :n"'],
    ['ADD n n', 'Syntax error; token: "n", near: "n n"'],
    ['DELETE ss ss', 'Syntax error; token: "ss", near: "ss ss"'],
    ['SET l[0] = :s, l[00] = :s', 'Syntax error; token: "0", near: "00]"'],
    ['', 'The expression can not be empty;'],
    ['SET x = ((s))', 'The expression has redundant parentheses;'],
    ['SET n = ((n + :n))', 'The expression has redundant parentheses;'],
    ['SET x = :s SET y = :n', 'The "SET" section can only be used once in an update expression;'],
    ['REMOVE s REMOVE n', 'The "REMOVE" section can only be used once in an update expression;'],
    ['ADD n :n ADD x :n', 'The "ADD" section can only be used once in an update expression;'],
    ['SET x = :s, x = :s SET y = :s', 'The "SET" section can only be used once in an update expression;'],
    ['SET status = :s SET y = :s', 'Attribute name is a reserved keyword; reserved keyword: status'],
    ['SET m.new = :s', 'Attribute name is a reserved keyword; reserved keyword: new'],
    ['SET x = size(s)', 'The function is not allowed in an update expression; function: size'],
    ['SET x = attribute_exists(s)', 'The function is not allowed in an update expression; function: attribute_exists'],
    ['SET x = foo(s)', 'Invalid function name; function: foo'],
    ['SET x = list_append(:l, :l) + :n', 'The function is not allowed to be used this way in an expression; function: list_append'],
    ['SET x = list_append(l)', 'Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 1'],
    ['SET x = if_not_exists(:s, :s, :s)', 'Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 3'],
    ['SET x = if_not_exists(:n, :n)', 'Operator or function requires a document path; operator or function: if_not_exists'],
    ['SET x = list_append(l, :s)', 'Incorrect operand type for operator or function; operator or function: list_append, operand type: S'],
    ['SET n = n + :s', 'Incorrect operand type for operator or function; operator or function: +, operand type: S'],
    ['SET x = :n + :ss', 'Incorrect operand type for operator or function; operator or function: +, operand type: SS'],
    ['ADD s :s', 'Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND'],
    ['ADD x :m', 'Incorrect operand type for operator or function; operator: ADD, operand type: MAP, typeSet: ALLOWED_FOR_ADD_OPERAND'],
    ['ADD x :t', 'Incorrect operand type for operator or function; operator: ADD, operand type: BOOLEAN, typeSet: ALLOWED_FOR_ADD_OPERAND'],
    ['DELETE x :n', 'Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND'],
    ['DELETE x :l', 'Incorrect operand type for operator or function; operator: DELETE, operand type: LIST, typeSet: ALLOWED_FOR_DELETE_OPERAND'],
    ['SET x = :nope', 'An expression attribute value used in expression is not defined; attribute value: :nope'],
    ['SET #nope = :s', 'An expression attribute name used in the document path is not defined; attribute name: #nope'],
    ['SET x = :s, a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee.ff.gg = :s', 'The document path has too many nesting levels; nesting levels: 33'],
    ['SET x[0] = :s, x.a = :s', 'Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [x, [0]], path two: [x, a]'],
    ['SET s = :s, s = :n', overlap('[s]', '[s]')],
    ['SET m = :m, m.a = :s', overlap('[m]', '[m, a]')],
    ['REMOVE m.a SET m.a = :s', overlap('[m, a]', '[m, a]')],
    ['SET l = :l REMOVE l[1]', overlap('[l]', '[l, [1]]')],
    ['SET x = :s ADD x :n', overlap('[x]', '[x]')],
    ['SET a = :s, b = :s, a = :s', overlap('[a]', '[b]')],
    ['SET a = :s REMOVE c, a', overlap('[a]', '[c]')],
    ['REMOVE c, a SET a = :s', overlap('[a]', '[a]')],
  ])('%j', (expression, detail) => {
    expect(error(expression)).toBe(`Invalid UpdateExpression: ${detail}`);
  });

  it.each([
    // actions are checked last to first: target paths and overlaps, then values
    ['SET x = :s, x = :nope', 'path one: [x], path two: [x]'],
    ['SET x = :nope1, y = :nope2', 'attribute value: :nope2'],
    ['SET x = :nope1 + :nope2', 'attribute value: :nope1'],
    ['SET #n2 = :s REMOVE #n1', 'attribute name: #n1'],
    ['SET x = #nope, y = :nope', 'attribute value: :nope'],
    ['SET x = :nope, y = #nope', 'attribute name: #nope'],
    ['SET #nope = :s, a = :s, a = :s', 'path one: [a], path two: [a]'],
    ['SET y = #nope, x = list_append(:s)', 'number of operands: 1'],
    ['ADD a :s, b :m', 'operand type: MAP'],
    // while function names and reserved words come first, in source order
    ['SET status = :s, x = foo(:s)', 'reserved keyword: status'],
    ['SET x = foo(:s), status = :s', 'function: foo'],
  ])('reports problems in DynamoDB order: %j', (expression, fragment) => {
    expect(error(expression)).toContain(fragment);
  });

  it('lists the paths it writes, in source order', () => {
    const ast = parseUpdate('SET #s = :s, m.a = :s REMOVE l[1] ADD n :n', usageFor(['#s', ':s', ':n']));
    expect(updatedPaths(ast)).toEqual([
      [{ kind: 'name', name: 's' }],
      [{ kind: 'name', name: 'm' }, { kind: 'name', name: 'a' }],
      [{ kind: 'name', name: 'l' }, { kind: 'index', index: 1 }],
      [{ kind: 'name', name: 'n' }],
    ]);
  });
});
