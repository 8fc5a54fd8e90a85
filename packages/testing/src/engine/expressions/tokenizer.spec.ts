import { tokenize } from './tokenizer';

const kinds = (expression: string) => tokenize(expression).map((token) => `${token.kind}:${token.text}`);

describe('tokenize', () => {
  it('splits names, placeholders, keywords and symbols', () => {
    expect(kinds('#a.b[10] <= :v AND not x<>y')).toEqual([
      'name:#a', 'symbol:.', 'identifier:b', 'symbol:[', 'index:10', 'symbol:]', 'symbol:<=', 'value::v',
      'keyword:AND', 'keyword:not', 'identifier:x', 'symbol:<>', 'identifier:y', 'eof:<EOF>',
    ]);
  });

  it('recognizes keywords in any case but not inside longer words', () => {
    const tokens = tokenize('And andy SET Between in_stock');
    expect(tokens.map((t) => t.keyword ?? t.kind)).toEqual(['AND', 'identifier', 'SET', 'BETWEEN', 'identifier', 'eof']);
  });

  it('reads list indexes without leading zeros, like DynamoDB', () => {
    expect(kinds('01')).toEqual(['index:0', 'index:1', 'eof:<EOF>']);
  });

  it('turns unknown characters into single tokens', () => {
    expect(kinds("_a é 'x' # : \u{1F600}")).toEqual([
      'unknown:_', 'identifier:a', 'unknown:é', "unknown:'", 'identifier:x', "unknown:'", 'unknown:#', 'unknown::',
      'unknown:\u{1F600}', 'eof:<EOF>',
    ]);
  });

  it('skips spaces, tabs and newlines and records positions', () => {
    const tokens = tokenize(' a\t=\r\n:v ');
    expect(tokens.map((t) => [t.start, t.end])).toEqual([[1, 2], [3, 4], [6, 8], [9, 9]]);
  });
});
