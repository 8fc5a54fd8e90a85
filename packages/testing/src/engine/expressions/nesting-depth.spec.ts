import { MAX_NESTING_LEVELS } from './nesting-depth';
import { parseCondition } from './parse-condition';
import { parseUpdate } from './parse-update';
import { usageFor, validationMessage } from './__fixtures__/expression-test-kit';

const condition = (expression: string) =>
  validationMessage(() => parseCondition(expression, usageFor([expression])));
const nested = (depth: number, inner: string) => `${'('.repeat(depth)}${inner}${')'.repeat(depth)}`;

describe('expressions nested deeper than the parsers recurse', () => {
  it('names redundant parentheses, as DynamoDB does, however deep they go', () => {
    expect(condition(nested(2000, 's = :s'))).toBe(
      'Invalid ConditionExpression: The expression has redundant parentheses;',
    );
    expect(condition(`s = :s AND ${nested(2000, 'n')} = :n`)).toBe(
      'Invalid ConditionExpression: The expression has redundant parentheses;',
    );
    const update = 'SET s = ' + nested(2000, ':s');
    expect(validationMessage(() => parseUpdate(update, usageFor([update])))).toBe(
      'Invalid UpdateExpression: The expression has redundant parentheses;',
    );
  });

  it('names the nesting when the deep parentheses are calls or IN lists, not groups', () => {
    const calls = `${'f('.repeat(MAX_NESTING_LEVELS + 1)}s${')'.repeat(MAX_NESTING_LEVELS + 1)} = :s`;
    expect(condition(calls)).toBe(
      `Invalid ConditionExpression: The expression has too many nesting levels; nesting levels: ${MAX_NESTING_LEVELS + 1}`,
    );
  });

  it('parses up to the limit as before', () => {
    const calls = `${'f('.repeat(MAX_NESTING_LEVELS)}s${')'.repeat(MAX_NESTING_LEVELS)} = :s`;
    expect(condition(calls)).toBe(
      'Invalid ConditionExpression: Invalid function name; function: f',
    );
    expect(condition(`NOT ${nested(MAX_NESTING_LEVELS, 'attribute_exists(f(s))')}`)).toBe(
      'Invalid ConditionExpression: The expression has redundant parentheses;',
    );
  });
});
