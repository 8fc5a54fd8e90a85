import { EngineError } from '../errors';
import { addNumbers, compareNumbers, normalizeNumber, subtractNumbers } from './numbers';
import { valueMessages } from './messages';

function errorOf(run: () => unknown): EngineError {
  try {
    run();
  } catch (error) {
    return error as EngineError;
  }
  throw new Error('expected an error');
}

describe('normalizeNumber', () => {
  it.each([
    ['1.50', '1.5'],
    ['-0', '0'],
    ['1e3', '1000'],
    ['1E+3', '1000'],
    ['0012', '12'],
    ['+1', '1'],
    ['.5', '0.5'],
    ['-.5', '-0.5'],
    ['5.', '5'],
    ['00.5', '0.5'],
    ['100E-2', '1'],
    ['0.000', '0'],
    ['0E500', '0'],
    ['-0.0e10', '0'],
    ['1e-0', '1'],
    ['１', '1'],
    ['12345678901234567890123456789012345678.0', '12345678901234567890123456789012345678'],
    ['1234567890123456789012345678901234567800000', '1234567890123456789012345678901234567800000'],
    ['1.00000000000000000000000000000000000000000', '1'],
    ['1E-130', `0.${'0'.repeat(129)}1`],
    ['1.5E-130', `0.${'0'.repeat(129)}15`],
    ['1E125', `1${'0'.repeat(125)}`],
    ['9.9999999999999999999999999999999999999E+125', `${'9'.repeat(38)}${'0'.repeat(88)}`],
  ])('%s → %s', (input, expected) => {
    expect(normalizeNumber(input)).toBe(expected);
  });

  it.each(['abc', '', ' 1', '1 ', '1e', 'e5', '1.2.3', '--1', '1_0', '-', '.', '0x10', 'Infinity', 'NaN', '1d'])(
    'rejects %p as not a number',
    (input) => {
      const error = errorOf(() => normalizeNumber(input));
      expect(error).toBeInstanceOf(EngineError);
      expect(error.type).toBe('ValidationException');
      expect(error.message).toBe('A value provided cannot be converted into a number');
    },
  );

  it.each([
    ['1E126', valueMessages.overflow],
    ['-1E126', valueMessages.overflow],
    ['1E+0126', valueMessages.overflow],
    ['99999999999999999999999999999999999999E89', valueMessages.overflow],
    ['1E-131', valueMessages.underflow],
    ['9.9E-131', valueMessages.underflow],
    ['123456789012345678901234567890123456789', valueMessages.tooPrecise],
    ['0.1000000000000000000000000000000000000000001', valueMessages.tooPrecise],
    ['1.23456789012345678901234567890123456789E200', valueMessages.tooPrecise],
  ])('rejects %s', (input, message) => {
    expect(errorOf(() => normalizeNumber(input)).message).toBe(message);
  });

  it('uses the DynamoDB overflow/underflow texts', () => {
    expect(valueMessages.overflow).toBe(
      'Number overflow. Attempting to store a number with magnitude larger than supported range',
    );
    expect(valueMessages.underflow).toBe(
      'Number underflow. Attempting to store a number with magnitude smaller than supported range',
    );
  });
});

describe('addNumbers / subtractNumbers', () => {
  it('adds exactly beyond float precision', () => {
    expect(addNumbers('0.1', '0.2')).toBe('0.3');
    expect(addNumbers('12345678901234567890123456789012345677', '1')).toBe('12345678901234567890123456789012345678');
    expect(addNumbers('1E100', '1E100')).toBe(`2${'0'.repeat(100)}`);
    expect(addNumbers('-5', '5')).toBe('0');
    expect(addNumbers('-1.5', '0.25')).toBe('-1.25');
  });

  it('keeps the scale of the operands, like DynamoDB Local', () => {
    expect(addNumbers('1.25', '1.75')).toBe('3.00');
    expect(subtractNumbers('0.10', '0.1')).toBe('0.00');
    expect(addNumbers('1.5', '-1.5')).toBe('0.0');
    expect(addNumbers('1e3', '-1e3')).toBe('0');
    expect(addNumbers('1E+3', '1.5')).toBe('1001.5');
    expect(addNumbers('00012.50', '+1')).toBe('13.50');
    expect(addNumbers('.5', '5.')).toBe('5.5');
    expect(addNumbers('1E-130', '-1E-130')).toBe(`0.${'0'.repeat(130)}`);
    expect(addNumbers('１', '1')).toBe('2');
  });

  it('subtracts exactly', () => {
    expect(subtractNumbers('1', '0.9')).toBe('0.1');
    expect(subtractNumbers('0', '3')).toBe('-3');
    expect(subtractNumbers('-2', '-2')).toBe('0');
  });

  it('rejects results DynamoDB cannot store', () => {
    expect(errorOf(() => addNumbers('1E30', '1E-30')).message).toBe(valueMessages.tooPrecise);
    expect(errorOf(() => addNumbers('9E125', '9E125')).message).toBe(valueMessages.overflow);
    const max = '9.9999999999999999999999999999999999999E+125';
    expect(errorOf(() => addNumbers(max, max)).message).toBe(valueMessages.tooPrecise);
  });
});

describe('compareNumbers', () => {
  it.each([
    ['1', '2', -1],
    ['10', '9', 1],
    ['-10', '-9', -1],
    ['1.0', '1', 0],
    ['0', '-0', 0],
    ['-0.001', '0', -1],
    ['1E-130', '0', 1],
    ['12345678901234567890123456789012345678', '12345678901234567890123456789012345679', -1],
    ['0.5', '0.49999999999999999999999999999999999999', 1],
  ])('%s vs %s → %d', (a, b, expected) => {
    expect(compareNumbers(a, b)).toBe(expected);
  });
});
