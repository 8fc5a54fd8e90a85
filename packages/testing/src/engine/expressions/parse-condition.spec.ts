import { ExpressionUsage } from './expression-usage';
import { parseCondition } from './parse-condition';
import { usageFor, validationMessage } from './__fixtures__/expression-test-kit';

// Every expected message below was produced by DynamoDB Local for the same input.
const parse = (expression: string, extraValues = {}) =>
  validationMessage(() => parseCondition(expression, usageFor([expression], { values: extraValues })));

describe('parseCondition: syntax errors', () => {
  it.each([
    ['s = ', '<EOF>', '= '],
    ['= :s', '=', '= :s'],
    ['s = :s AND', '<EOF>', 'AND'],
    ['s = :s AND AND n = :n', 'AND', 'AND AND n'],
    ['s = = :s', '=', '= = :s'],
    ['s == :s', '=', '== :s'],
    ['(s = :s', '<EOF>', ':s'],
    ['s = :s)', ')', ':s)'],
    ['s :s', ':s', 's :s'],
    ['s = :s n = :n', 'n', ':s n ='],
    ['attribute_exists(s) AND n', '<EOF>', 'n'],
    ['s', '<EOF>', 's'],
    ['attribute_exists()', ')', '()'],
    ['size() = :n', ')', '() ='],
    ['n IN ()', ')', '()'],
    ['n IN :n', ':n', 'IN :n'],
    ['l[-1] = :s', '-', '[-1'],
    ['l[1.5] = :s', '.', '1.5'],
    ['l[] = :s', ']', '[] ='],
    ['l[01] = :s', '1', '01]'],
    ['s = :s $', '$', ':s $'],
    ["s = 'x'", "'", "= 'x"],
    ['s = 5', '5', '= 5'],
    ['# = :s', '#', '# ='],
    ['s..a = :s', '.', '..a'],
    ['1a = :s', '1', '1a'],
    ['_a = :s', '_', '_a'],
    ['é = :s', 'é', 'é ='],
    ['a-b = :s', '-', 'a-b'],
    ['s  =   :s    n', 'n', ':s    n'],
    ['s = :s AND  AND n = :n', 'AND', 'AND  AND n'],
    ['s = :s\nAND\r\n AND n = :n', 'AND', 'AND\r\n AND n'],
    ['set = :s', 'set', 'set ='],
    ['in = :s', 'in', 'in ='],
    ['   ', '<EOF>', '   '],
    ['(s) AND n = :n', 'AND', ') AND n'],
    ['(s = :s) = :s', '=', ') = :s'],
  ])('%j → token %j near %j', (expression, token, near) => {
    expect(parse(expression)).toBe(`Invalid ConditionExpression: Syntax error; token: "${token}", near: "${near}"`);
  });

  it('prefixes messages with the expression kind', () => {
    const usage = new ExpressionUsage({});
    expect(validationMessage(() => parseCondition('a = ', usage, 'FilterExpression'))).toBe(
      'Invalid FilterExpression: Syntax error; token: "<EOF>", near: "= "',
    );
  });

  it('rejects empty and oversized expressions', () => {
    expect(parse('')).toBe('Invalid ConditionExpression: The expression can not be empty;');
    const long = `s = :s OR ${'x'.repeat(4082)} = :s`;
    expect(long.length).toBe(4097);
    expect(parse(long)).toBe('Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 4097');
  });

  it.each(['((s = :s))', '((s)) = :s', '(s = :s) AND ((n = :n))', '((attribute_exists(s)))'])(
    'rejects redundant parentheses in %j',
    (expression) => {
      expect(parse(expression)).toBe('Invalid ConditionExpression: The expression has redundant parentheses;');
    },
  );

  it('reports the earliest of a syntax error and redundant parentheses', () => {
    expect(parse('s = = :s AND ((n = :n))')).toContain('Syntax error; token: "="');
    expect(parse('((n = :n)) AND s = = :s')).toContain('redundant parentheses');
  });

  it.each(['((s) = :s)', '(s) = :s', '((s = :s) AND n = :n)', 'NOT (NOT (s = :s))', '(attribute_exists(s))', '(size(s)) = :n'])(
    'accepts %j',
    (expression) => {
      expect(() => parseCondition(expression, usageFor([expression]))).not.toThrow();
    },
  );
});

describe('parseCondition: semantic errors', () => {
  it.each([
    ['status = :s', 'Attribute name is a reserved keyword; reserved keyword: status'],
    ['m.new = :s', 'Attribute name is a reserved keyword; reserved keyword: new'],
    ['s = :nope', 'An expression attribute value used in expression is not defined; attribute value: :nope'],
    ['#nope = :s', 'An expression attribute name used in the document path is not defined; attribute name: #nope'],
    ['foo(s)', 'Invalid function name; function: foo'],
    ['ATTRIBUTE_EXISTS(s)', 'Invalid function name; function: ATTRIBUTE_EXISTS'],
    ['size(s)', 'The function is not allowed to be used this way in an expression; function: size'],
    ['attribute_exists(s) = :t', 'The function is not allowed to be used this way in an expression; function: attribute_exists'],
    ['list_append(s, :s)', 'The function is not allowed in a condition expression; function: list_append'],
    ['if_not_exists(s, :s) = :s', 'The function is not allowed in a condition expression; function: if_not_exists'],
    ['attribute_exists(s, n)', 'Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2'],
    ['begins_with(s)', 'Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1'],
    ['size(s, n) = :n', 'Incorrect number of operands for operator or function; operator or function: size, number of operands: 2'],
    ['attribute_exists(:s)', 'Operator or function requires a document path; operator or function: attribute_exists'],
    ['begins_with(s, :n)', 'Incorrect operand type for operator or function; operator or function: begins_with, operand type: N'],
    ['begins_with(:ns, :s)', 'Incorrect operand type for operator or function; operator or function: begins_with, operand type: NS'],
    ['begins_with(size(s), :n)', 'Incorrect operand type for operator or function; operator or function: begins_with, operand type: N'],
    ['size(:t) = :n', 'Incorrect operand type for operator or function; operator or function: size, operand type: BOOL'],
    ['size(size(s)) = :n', 'Incorrect operand type for operator or function; operator or function: size, operand type: N'],
    ['s < :m', 'Incorrect operand type for operator or function; operator or function: <, operand type: M'],
    ['s <= :ss', 'Incorrect operand type for operator or function; operator or function: <=, operand type: SS'],
    [':t > s', 'Incorrect operand type for operator or function; operator or function: >, operand type: BOOL'],
    ['n BETWEEN :z AND :z', 'Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: NULL'],
    ['attribute_type(s, :ss)', 'Incorrect operand type for operator or function; operator or function: attribute_type, operand type: SS'],
    ['attribute_type(s, :s)', 'Invalid attribute type name found; type: hello, valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}'],
    [
      'attribute_type(s, n)',
      'Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {FLOAT,NS,HDS,HD,S,INT,M,DOUBLE,FS,B,NULL,BOOL,N,SS,DECIMAL,L,DECIMALSET,DICT,BS,INTSET,DOUBLESET}',
    ],
    ['s = s', 'The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [s]'],
    ['#s = s', 'The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [s]'],
    ['l[0].x = l[0].x', 'The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [l, [0], x]'],
    ['s IN (:s, s)', 'The first operand must be distinct from the remaining operands for this operator or function; operator: IN, first operand: [s]'],
    ['n BETWEEN :n AND n', 'The first operand must be distinct from the remaining operands for this operator or function; operator: BETWEEN, first operand: [n]'],
    ['contains(s, s)', 'The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [s]'],
    [
      'n BETWEEN :n AND :n2',
      'The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {N:2}',
    ],
    [
      'n BETWEEN :s AND :n',
      'The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {S:hello}, upper bound operand: AttributeValue: {N:5}',
    ],
    [
      'n BETWEEN :b AND :s',
      'The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 lim=1 cap=1]}, upper bound operand: AttributeValue: {S:hello}',
    ],
    ['l[2147483648] = :s', 'List index is not within the allowable range; index: [2147483648]'],
    [`${Array.from({ length: 33 }, (_, i) => `a${i}`).join('.')} = :s`, 'The document path has too many nesting levels; nesting levels: 33'],
  ])('%j', (expression, detail) => {
    expect(parse(expression)).toBe(`Invalid ConditionExpression: ${detail}`);
  });

  it('limits IN to 100 operands', () => {
    const values = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`:v${i}`, { N: String(i) }]));
    const list = (count: number) => Object.keys(values).slice(0, count).join(', ');
    expect(() => parseCondition(`n IN (${list(100)})`, new ExpressionUsage({ values }))).not.toThrow();
    expect(validationMessage(() => parseCondition(`n IN (${list(101)})`, new ExpressionUsage({ values })))).toBe(
      'Invalid ConditionExpression: The IN operator is provided with too many operands; number of operands: 101',
    );
  });

  it.each([
    // function names, size misuse, reserved words and index range come first, in source order
    ['status = :s AND foo(s)', 'reserved keyword: status'],
    ['foo(s) AND status = :s', 'Invalid function name; function: foo'],
    [':nope = status', 'reserved keyword: status'],
    ['#nope = :s AND size(s)', 'function: size'],
    ['#nope = :s AND l[100000000000] = :s', 'List index is not within the allowable range'],
    // then placeholders and operand checks, left to right
    ['begins_with(s, :n) AND s = :nope', 'operator or function: begins_with, operand type: N'],
    ['s = :nope AND begins_with(s, :n)', 'attribute value: :nope'],
    ['attribute_exists(:nope, n)', 'attribute value: :nope'],
    ['attribute_exists(:s) AND #nope = :s', 'requires a document path'],
    ['#nope = :s AND s = s', 'attribute name: #nope'],
  ])('reports problems in DynamoDB order: %j', (expression, fragment) => {
    expect(parse(expression)).toContain(fragment);
  });

  it('accepts reserved words through placeholders and words DynamoDB allows', () => {
    for (const expression of ['#status = :s', 'size = :s', 'id = :s', 'convert = :s', 'a_1 = :s']) {
      expect(() => parseCondition(expression, usageFor([expression]))).not.toThrow();
    }
  });

  it('reports a :value after a dot as DynamoDB does', () => {
    expect(parse('m.:s = :s')).toBe('Invalid ConditionExpression: Internal server error');
  });
});

describe('parseCondition: tree', () => {
  it('gives NOT precedence over AND over OR', () => {
    const ast = parseCondition('a = :s OR NOT b = :s AND c = :s', usageFor([':s']));
    expect(ast.kind).toBe('or');
    if (ast.kind !== 'or') return;
    expect(ast.right.kind).toBe('and');
    if (ast.right.kind !== 'and') return;
    expect(ast.right.left.kind).toBe('not');
  });

  it('substitutes placeholders in paths and values', () => {
    const ast = parseCondition('#m.a[2] = :s', usageFor(['#m', ':s']));
    expect(ast).toEqual({
      kind: 'compare',
      operator: '=',
      left: { kind: 'path', path: [{ kind: 'name', name: 'm' }, { kind: 'name', name: 'a' }, { kind: 'index', index: 2 }] },
      right: { kind: 'value', value: { S: 'hello' } },
    });
  });

  it('treats a #name holding dots as one attribute name', () => {
    const ast = parseCondition('#d = :s', usageFor([':s'], { names: { '#d': 'x.y' } }));
    expect(ast.kind === 'compare' && ast.left).toEqual({ kind: 'path', path: [{ kind: 'name', name: 'x.y' }] });
  });
});
