import { ConfigurationError } from '../errors';
import { keySegments } from './key-segments';
import { parseKeyTemplate } from './parse-key-template';

describe('parseKeyTemplate', () => {
  it('splits literals and slots', () => {
    const template = parseKeyTemplate('ORDER#{placedAt}#{id}');
    expect(template).toEqual({
      source: 'ORDER#{placedAt}#{id}',
      parts: [
        { kind: 'literal', value: 'ORDER#' },
        { kind: 'slot', property: 'placedAt' },
        { kind: 'literal', value: '#' },
        { kind: 'slot', property: 'id' },
      ],
      slots: ['placedAt', 'id'],
    });
    expect(keySegments(template)).toEqual([
      { kind: 'literal', value: 'ORDER' },
      { kind: 'slot', property: 'placedAt' },
      { kind: 'slot', property: 'id' },
    ]);
  });

  it('accepts literal-only templates and slots at either end', () => {
    expect(parseKeyTemplate('PROFILE').slots).toEqual([]);
    expect(parseKeyTemplate('{id}').parts).toEqual([{ kind: 'slot', property: 'id' }]);
    expect(keySegments(parseKeyTemplate('{id}#END'))).toEqual([
      { kind: 'slot', property: 'id' },
      { kind: 'literal', value: 'END' },
    ]);
  });

  it.each([
    ['ORDER#{id', "'{' at position 6 is never closed"],
    ['ORDER#id}', "'}' at position 8 has no matching '{'"],
    ['ORDER#{}', '{} is not a property name'],
    ['ORDER#{a{b}', '{a{b} is not a property name'],
    ['ORDER#{a b}', '{a b} is not a property name'],
    ['{id}#{id}', '{id} appears twice'],
  ])('rejects %s', (source, message) => {
    expect(() => parseKeyTemplate(source)).toThrow(ConfigurationError);
    expect(() => parseKeyTemplate(source)).toThrow(`Key template '${source}': ${message}`);
  });

  it('rejects an empty template', () => {
    expect(() => parseKeyTemplate('')).toThrow('A key template must be a non-empty string');
  });

  it.each(['v{n}', '{a}{b}', '{a}-{b}', 'USER#{id}x'])(
    'rejects %s, whose slot shares a segment with other text',
    (source) => {
      expect(() => parseKeyTemplate(source)).toThrow(
        /must fill a whole segment between '#' separators/,
      );
    },
  );
});
