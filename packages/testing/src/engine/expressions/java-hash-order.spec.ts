import { javaHashOrder, javaStringHash } from './java-hash-order';

// Expected orders were observed in DynamoDB Local's "unused in expressions" messages.
describe('javaHashOrder', () => {
  it('hashes like java.lang.String', () => {
    expect(javaStringHash('a')).toBe(97);
    expect(javaStringHash('#a')).toBe(1182);
    expect(javaStringHash('[a, x]')).toBe(-1598787649);
  });

  it('orders keys by HashMap bucket, then insertion', () => {
    expect(javaHashOrder(['#a', '#b', '#c'])).toEqual(['#c', '#a', '#b']);
    expect(javaHashOrder(['#zeta', '#alpha', '#b1', '#B1', '#longer_name_here', '#x9', '#q'])).toEqual([
      '#b1', '#B1', '#x9', '#alpha', '#zeta', '#longer_name_here', '#q',
    ]);
  });

  it('grows the table like a HashMap for many keys', () => {
    const keys = Array.from({ length: 20 }, (_, i) => `#k${i * 7}`);
    expect(javaHashOrder(keys)).toEqual([
      '#k0', '#k7', '#k119', '#k70', '#k105', '#k91', '#k126', '#k63', '#k112', '#k84',
      '#k21', '#k98', '#k42', '#k133', '#k56', '#k77', '#k14', '#k35', '#k49', '#k28',
    ]);
    const values = Array.from({ length: 15 }, (_, i) => `:val${i * 3}`);
    expect(javaHashOrder(values)).toEqual([
      ':val42', ':val0', ':val30', ':val33', ':val21', ':val3', ':val6', ':val39', ':val27', ':val18',
      ':val24', ':val12', ':val15', ':val36', ':val9',
    ]);
  });

  it('hashes integers to themselves', () => {
    expect(javaHashOrder([5, 3, 1])).toEqual([1, 3, 5]);
  });
});
