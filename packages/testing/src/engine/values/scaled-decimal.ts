/**
 * Decimal arithmetic that keeps the scale (digits after the point) of its operands, like Java's
 * BigDecimal: 1.25 + 1.75 = 3.00 and 0.10 - 0.1 = 0.00. DynamoDB Local computes update
 * arithmetic this way and stores the result as written, so the engine does too.
 */
export interface ScaledDecimal {
  /** value = unscaled × 10^-scale */
  readonly unscaled: bigint;
  readonly scale: number;
}

/** Reads number text already checked by parseDecimal (sign, digits, point, exponent). */
export function parseScaled(text: string): ScaledDecimal {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) throw new Error(`Not a number: ${text}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const magnitude = BigInt((whole + fraction).replace(/^0+(?=\d)/, '') || '0');
  return { unscaled: sign === '-' ? -magnitude : magnitude, scale: fraction.length - Number(exponent) };
}

export function addScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  const scale = Math.max(a.scale, b.scale);
  return { unscaled: rescale(a, scale) + rescale(b, scale), scale };
}

export function negateScaled(value: ScaledDecimal): ScaledDecimal {
  return { unscaled: -value.unscaled, scale: value.scale };
}

function rescale(value: ScaledDecimal, scale: number): bigint {
  return value.unscaled * 10n ** BigInt(scale - value.scale);
}

/** Java's BigDecimal.toPlainString: no exponent, trailing zeros of the scale kept. */
export function formatScaled(value: ScaledDecimal): string {
  if (value.scale <= 0) {
    if (value.unscaled === 0n) return '0';
    return (value.unscaled * 10n ** BigInt(-value.scale)).toString();
  }
  const negative = value.unscaled < 0n;
  const digits = (negative ? -value.unscaled : value.unscaled).toString();
  const point = digits.length - value.scale;
  const body = point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${'0'.repeat(-point)}${digits}`;
  return (negative ? '-' : '') + body;
}
