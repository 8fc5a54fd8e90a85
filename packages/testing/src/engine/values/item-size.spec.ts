import { itemSize, numberSize, valueSize } from './item-size';

// Expected sizes were measured against DynamoDB Local's 400 KB limit.
describe('itemSize', () => {
  it('counts attribute names and string values in UTF-8 bytes', () => {
    expect(itemSize({ pk: { S: 'a' }, sk: { S: 'b' } })).toBe(6);
    expect(itemSize({ q: { S: 'é' } })).toBe(3);
    expect(itemSize({ q: { S: '\u{1F600}' } })).toBe(5);
    expect(itemSize({ 'qé': { NULL: true } })).toBe(4);
    expect(itemSize({ q: { S: '' } })).toBe(1);
  });

  it('sizes the AWS docs example attribute', () => {
    // "shirt-color" (11 bytes) + "R" (1 byte) = 12 bytes
    expect(itemSize({ 'shirt-color': { S: 'R' } })).toBe(12);
  });

  it.each([
    ['0', 1],
    ['1', 2],
    ['12', 2],
    ['123', 3],
    ['1234', 3],
    ['12345', 4],
    ['-1', 3],
    ['0.1', 2],
    ['0.01', 2],
    ['0.001', 2],
    ['1.5', 3],
    ['12.3', 3],
    ['1.23', 3],
    ['0.123', 3],
    ['-0.5', 3],
    ['123.45', 4],
    ['10', 2],
    ['100', 2],
    ['101', 3],
    ['-100', 3],
    ['1000000', 2],
    ['1E125', 2],
    ['1E-130', 2],
    ['12345678901234567890123456789012345678', 20],
    ['-12345678901234567890123456789012345678', 21],
  ])('number %s takes %d bytes', (text, size) => {
    expect(numberSize(text)).toBe(size);
  });

  it('sizes binary, boolean and null values', () => {
    expect(valueSize({ B: new Uint8Array([0, 1, 2]) })).toBe(3);
    expect(valueSize({ B: new Uint8Array() })).toBe(0);
    expect(valueSize({ BOOL: true })).toBe(1);
    expect(valueSize({ NULL: true })).toBe(1);
  });

  it('sizes sets as the sum of their elements', () => {
    expect(valueSize({ SS: ['a', 'bb'] })).toBe(3);
    expect(valueSize({ NS: ['1', '123'] })).toBe(5);
    expect(valueSize({ BS: [new Uint8Array([0]), new Uint8Array([0, 1])] })).toBe(3);
  });

  it('adds 3 bytes per map or list and 1 byte per element', () => {
    expect(valueSize({ M: {} })).toBe(3);
    expect(valueSize({ L: [] })).toBe(3);
    expect(valueSize({ M: { a: { S: 'x' } } })).toBe(6);
    expect(valueSize({ L: [{ S: 'x' }] })).toBe(5);
    expect(valueSize({ L: [{ S: 'x' }, { S: 'y' }] })).toBe(7);
    expect(valueSize({ M: { a: { S: 'x' }, bb: { S: 'y' } } })).toBe(10);
    expect(valueSize({ L: [{ L: [] }] })).toBe(7);
    expect(valueSize({ M: { a: { M: {} } } })).toBe(8);
    expect(valueSize({ L: [{ N: '1' }] })).toBe(6);
    expect(valueSize({ L: [{ NULL: true }] })).toBe(5);
  });
});
