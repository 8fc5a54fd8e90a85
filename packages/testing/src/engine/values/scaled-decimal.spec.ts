import { addScaled, formatScaled, negateScaled, parseScaled } from './scaled-decimal';

describe('scaled decimals', () => {
  it('reads the scale from the text', () => {
    expect(parseScaled('1.50')).toEqual({ unscaled: 150n, scale: 2 });
    expect(parseScaled('-1e3')).toEqual({ unscaled: -1n, scale: -3 });
    expect(parseScaled('.5')).toEqual({ unscaled: 5n, scale: 1 });
    expect(parseScaled('12.5E-2')).toEqual({ unscaled: 125n, scale: 3 });
  });

  it('formats like Java BigDecimal.toPlainString', () => {
    expect(formatScaled({ unscaled: 300n, scale: 2 })).toBe('3.00');
    expect(formatScaled({ unscaled: -5n, scale: 3 })).toBe('-0.005');
    expect(formatScaled({ unscaled: 2n, scale: -3 })).toBe('2000');
    expect(formatScaled({ unscaled: 0n, scale: -5 })).toBe('0');
    expect(formatScaled({ unscaled: 0n, scale: 2 })).toBe('0.00');
  });

  it('adds at the larger scale', () => {
    expect(formatScaled(addScaled(parseScaled('1.25'), parseScaled('1.75')))).toBe('3.00');
    expect(formatScaled(addScaled(parseScaled('1'), negateScaled(parseScaled('0.9'))))).toBe('0.1');
  });
});
