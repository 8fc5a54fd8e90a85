import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { hasKeyAttributes, keyIdentity } from './key-identity';

describe('keyIdentity', () => {
  const keys = ['PK', 'SK'];

  it('is equal for an item and its key, whatever the other attributes', () => {
    expect(keyIdentity({ PK: 'A', SK: 1, name: 'x' }, keys)).toBe(
      keyIdentity({ SK: 1, PK: 'A' }, keys),
    );
  });

  it('tells a string from a number of the same text, as DynamoDB does', () => {
    expect(keyIdentity({ PK: 'A', SK: 1 }, keys)).not.toBe(keyIdentity({ PK: 'A', SK: '1' }, keys));
  });

  it('compares binary values by content', () => {
    const a = { PK: new Uint8Array([1, 2, 3]), SK: 'x' };
    const b = { PK: Buffer.from([1, 2, 3]), SK: 'x' };
    expect(keyIdentity(a, keys)).toBe(keyIdentity(b, keys));
    expect(keyIdentity(a, keys)).not.toBe(
      keyIdentity({ PK: new Uint8Array([1, 2]), SK: 'x' }, keys),
    );
  });

  it('treats a wrapped NumberValue like the number it holds', () => {
    expect(keyIdentity({ PK: 'A', SK: NumberValue.from('12') }, keys)).toBe(
      keyIdentity({ PK: 'A', SK: 12 }, keys),
    );
  });

  it('does not confuse values that would collide when concatenated', () => {
    expect(keyIdentity({ PK: 'a#', SK: 'b' }, keys)).not.toBe(
      keyIdentity({ PK: 'a', SK: '#b' }, keys),
    );
  });
});

describe('hasKeyAttributes', () => {
  it('is false when a key attribute is missing', () => {
    expect(hasKeyAttributes({ PK: 'A', SK: 'B' }, ['PK', 'SK'])).toBe(true);
    expect(hasKeyAttributes({ PK: 'A' }, ['PK', 'SK'])).toBe(false);
  });
});
