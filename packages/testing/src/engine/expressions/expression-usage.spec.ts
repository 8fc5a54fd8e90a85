import { ExpressionUsage } from './expression-usage';
import { parseCondition } from './parse-condition';
import { validationMessage } from './__fixtures__/expression-test-kit';

describe('ExpressionUsage', () => {
  const message = (names: Record<string, string> | undefined, values: Record<string, { S: string } | { NS: string[] }> | undefined, expression = 's = s2') =>
    validationMessage(() => {
      const usage = new ExpressionUsage({ names, values });
      parseCondition(expression, usage);
      usage.finish();
    });

  it('rejects unused names before unused values, listed in DynamoDB order', () => {
    expect(message({ '#b': 'x', '#a': 'y', '#c': 'z' }, { ':z': { S: 'x' }, ':a': { S: 'y' } })).toBe(
      'Value provided in ExpressionAttributeNames unused in expressions: keys: {#c, #a, #b}',
    );
    expect(message(undefined, { ':x': { S: '1' }, ':y': { S: '2' } })).toBe(
      'Value provided in ExpressionAttributeValues unused in expressions: keys: {:x, :y}',
    );
  });

  it('counts placeholders used by any expression of the request', () => {
    const usage = new ExpressionUsage({ names: { '#a': 'a' }, values: { ':v': { S: 'x' } } });
    parseCondition('#a = s', usage);
    parseCondition('b = :v', usage, 'FilterExpression');
    expect(() => usage.finish()).not.toThrow();
  });

  it.each([
    [{}, undefined, 'ExpressionAttributeNames must not be empty'],
    [undefined, {}, 'ExpressionAttributeValues must not be empty'],
    [{ x: 'a' }, { ':s': { NS: [] } }, 'ExpressionAttributeNames contains invalid key: Syntax error; key: "x"'],
    [{ '#a': '' }, { x: { S: 'a' } }, 'ExpressionAttributeValues contains invalid key: Syntax error; key: "x"'],
    [{ '#a-b': 'x' }, undefined, 'ExpressionAttributeNames contains invalid key: Syntax error; key: "#a-b"'],
    [{ '#': 'x' }, undefined, 'ExpressionAttributeNames contains invalid key: Syntax error; key: "#"'],
    [{ '#a': '' }, undefined, 'ExpressionAttributeNames contains invalid value: Empty attribute name for key #a'],
    [
      { '#a': 'x'.repeat(65536) },
      undefined,
      'ExpressionAttributeNames contains invalid value: Attribute name is too large, must be less than 65536 bytes for key #a',
    ],
    [
      undefined,
      { ':s': { NS: [] } },
      'ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An number set  may not be empty for key :s',
    ],
  ])('validates the maps: %j %j', (names, values, expected) => {
    expect(validationMessage(() => new ExpressionUsage({ names, values: values as never }))).toBe(expected);
  });

  it('accepts underscores and digits in placeholders', () => {
    expect(() => new ExpressionUsage({ names: { '#_': 's', '#1': 'n' }, values: { ':_x': { S: 'x' } } })).not.toThrow();
  });

  it('keeps number values as written, like DynamoDB Local', () => {
    const usage = new ExpressionUsage({ values: { ':n': { N: '1.50' } } });
    expect(usage.value(':n', 'ConditionExpression')).toEqual({ N: '1.50' });
  });
});
