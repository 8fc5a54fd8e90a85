import { compareBytes, compareKeyValues, compareUtf8 } from './compare';

describe('compareKeyValues', () => {
  it('orders strings by UTF-8 bytes, not UTF-16 code units', () => {
    expect('\u{1F600}' < '\uFFFF').toBe(true); // what plain JS says
    expect(compareKeyValues({ S: '\uFFFF' }, { S: '\u{1F600}' })).toBe(-1);
    expect(compareKeyValues({ S: '\u{1F600}' }, { S: '\uFFFF' })).toBe(1);
    expect(compareKeyValues({ S: '\uE000' }, { S: '\u{10000}' })).toBe(-1);
    expect(compareKeyValues({ S: '\uD7FF' }, { S: '\u{10000}' })).toBe(-1);
  });

  it('orders plain strings bytewise and prefixes first', () => {
    expect(compareKeyValues({ S: 'B' }, { S: 'a' })).toBe(-1);
    expect(compareKeyValues({ S: 'a' }, { S: 'ab' })).toBe(-1);
    expect(compareKeyValues({ S: 'ab' }, { S: 'ab' })).toBe(0);
    expect(compareKeyValues({ S: '' }, { S: 'a' })).toBe(-1);
    expect(compareKeyValues({ S: 'é' }, { S: 'z' })).toBe(1);
  });

  it('orders numbers numerically with full precision', () => {
    expect(compareKeyValues({ N: '9' }, { N: '10' })).toBe(-1);
    expect(compareKeyValues({ N: '-1' }, { N: '-0.5' })).toBe(-1);
    expect(compareKeyValues({ N: '1.5' }, { N: '1.50' })).toBe(0);
    expect(
      compareKeyValues({ N: '1.0000000000000000000000000000000000001' }, { N: '1.0000000000000000000000000000000000002' }),
    ).toBe(-1);
  });

  it('orders binary by unsigned bytes', () => {
    expect(compareKeyValues({ B: new Uint8Array([0x7f]) }, { B: new Uint8Array([0x80]) })).toBe(-1);
    expect(compareKeyValues({ B: new Uint8Array([1]) }, { B: new Uint8Array([1, 0]) })).toBe(-1);
    expect(compareBytes(new Uint8Array([2]), new Uint8Array([1, 255]))).toBe(1);
  });

  it('agrees with Buffer UTF-8 comparison on random strings', () => {
    const pool = ['a', 'Z', '\u00e9', '\u07ff', '\u0800', '\uFFFF', '\uE000', '\u{10000}', '\u{1F600}', '\u{10FFFF}'];
    for (let i = 0; i < 500; i++) {
      const pick = () => Array.from({ length: 1 + (i % 4) }, (_, j) => pool[(i * 7 + j * 13) % pool.length]).join('');
      const a = pick();
      const b = pool[(i * 3) % pool.length] + a.slice(1);
      expect(Math.sign(compareUtf8(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
    }
  });
});
