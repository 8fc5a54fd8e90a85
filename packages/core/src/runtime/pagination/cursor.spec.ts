import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { ConfigurationError, InvalidCursorError } from '../../model/errors/errors';
import { decodeCursor } from './decode-cursor';
import { encodeCursor } from './encode-cursor';

const SECRET = 'cursor-secret';
const QUERY = 'Order|main|CUSTOMER#42';
const lastKey = {
  PK: 'CUSTOMER#42',
  SK: 'ORDER#2026-11-01#01J',
  GSI1PK: 'STATUS#open',
  GSI1SK: 17,
};

const b64 = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');
const otherChar = (c: string) => (c === 'A' ? 'B' : 'A');
const flipAt = (text: string, i: number) =>
  text.slice(0, i) + otherChar(text[i]) + text.slice(i + 1);

function rejection(run: () => unknown): InvalidCursorError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidCursorError);
    return error as InvalidCursorError;
  }
  throw new Error('expected the cursor to be rejected');
}

describe('encodeCursor / decodeCursor', () => {
  it.each([
    ['unsigned', undefined],
    ['signed', SECRET],
  ])('round-trips a key (%s)', (_, secret) => {
    const cursor = encodeCursor(lastKey, QUERY, secret);
    expect(cursor).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(decodeCursor(cursor, QUERY, secret)).toEqual(lastKey);
  });

  it('round-trips binary and wrapped-number key values with their types', () => {
    const key = {
      PK: new Uint8Array([0, 255, 10]),
      SK: NumberValue.from('123456789012345678901234567890'),
    };
    const decoded = decodeCursor(encodeCursor(key, QUERY, SECRET), QUERY, SECRET);
    expect(decoded.PK).toBeInstanceOf(Uint8Array);
    expect([...(decoded.PK as Uint8Array)]).toEqual([0, 255, 10]);
    expect(decoded.SK).toBeInstanceOf(NumberValue);
    expect(String(decoded.SK)).toBe('123456789012345678901234567890');
  });

  it('round-trips unicode text', () => {
    const key = { PK: 'KUNDE#Ærøskøbing', SK: '名前#😀' };
    expect(decodeCursor(encodeCursor(key, 'q', SECRET), 'q', SECRET)).toEqual(key);
  });

  it('refuses to encode a value no key can hold', () => {
    expect(() => encodeCursor({ PK: { nested: true } }, QUERY)).toThrow(InvalidCursorError);
    expect(() => encodeCursor({ PK: NaN }, QUERY)).toThrow(/cannot be a DynamoDB key/);
  });

  describe('with a secret', () => {
    const cursor = encodeCursor(lastKey, QUERY, SECRET);
    const [payload, signature] = cursor.split('.');

    it('rejects every single-character change of the payload', () => {
      for (let i = 0; i < payload.length; i++) {
        const error = rejection(() =>
          decodeCursor(`${flipAt(payload, i)}.${signature}`, QUERY, SECRET),
        );
        expect(error.message).toMatch(/signature does not match/);
      }
    });

    it('rejects every single-character change of the signature', () => {
      for (let i = 0; i < signature.length; i++) {
        rejection(() => decodeCursor(`${payload}.${flipAt(signature, i)}`, QUERY, SECRET));
      }
    });

    it("rejects one cursor's payload under another cursor's signature", () => {
      const other = encodeCursor({ ...lastKey, SK: 'ORDER#2020' }, QUERY, SECRET);
      const [otherPayload, otherSignature] = other.split('.');
      rejection(() => decodeCursor(`${otherPayload}.${signature}`, QUERY, SECRET));
      rejection(() => decodeCursor(`${payload}.${otherSignature}`, QUERY, SECRET));
    });

    it('rejects a truncated cursor', () => {
      for (const cut of [1, 5, signature.length, signature.length + 1, cursor.length - 1]) {
        rejection(() => decodeCursor(cursor.slice(0, cursor.length - cut), QUERY, SECRET));
      }
    });

    it('rejects a cursor signed with another secret', () => {
      const foreign = encodeCursor(lastKey, QUERY, 'another-secret');
      expect(rejection(() => decodeCursor(foreign, QUERY, SECRET)).message).toMatch(
        /another secret/,
      );
    });

    it('rejects an unsigned cursor', () => {
      const unsigned = encodeCursor(lastKey, QUERY);
      expect(rejection(() => decodeCursor(unsigned, QUERY, SECRET)).message).toMatch(/not signed/);
    });

    it('rejects a cursor of another query, even correctly signed', () => {
      const foreign = encodeCursor(lastKey, 'Order|main|CUSTOMER#43', SECRET);
      expect(rejection(() => decodeCursor(foreign, QUERY, SECRET)).message).toMatch(
        /this cursor belongs to another query/,
      );
    });

    it('refuses an empty secret', () => {
      expect(() => encodeCursor(lastKey, QUERY, '')).toThrow(ConfigurationError);
      expect(() => decodeCursor(cursor, QUERY, '')).toThrow(ConfigurationError);
    });
  });

  describe('without a secret', () => {
    it('rejects a signed cursor it cannot verify', () => {
      const signed = encodeCursor(lastKey, QUERY, SECRET);
      expect(rejection(() => decodeCursor(signed, QUERY)).message).toMatch(
        /no cursor secret is configured/,
      );
    });

    it('rejects a cursor of another query', () => {
      const foreign = encodeCursor(lastKey, 'Customer|GSI1|EMAIL#a@b.c');
      expect(rejection(() => decodeCursor(foreign, QUERY)).message).toMatch(
        /belongs to another query/,
      );
    });

    it.each([
      ['empty', ''],
      ['not base64url', 'eyJr!!'],
      ['non-canonical base64url', `${b64({ k: lastKey, q: QUERY })}x`],
      ['more than one dot', 'a.b.c'],
      ['not JSON', Buffer.from('{k: 1').toString('base64url')],
      ['a JSON array', b64([lastKey, QUERY])],
      ['JSON null', b64(null)],
      ['no fingerprint', b64({ k: lastKey })],
      ['a fingerprint that is not a string', b64({ k: lastKey, q: 1 })],
      ['an extra field', b64({ k: lastKey, q: QUERY, x: 1 })],
      ['no key', b64({ q: QUERY })],
      ['an empty key', b64({ k: {}, q: QUERY })],
      ['a key that is a string', b64({ k: 'PK', q: QUERY })],
      ['a boolean key value', b64({ k: { PK: true }, q: QUERY })],
      ['a null key value', b64({ k: { PK: null }, q: QUERY })],
      ['an unknown tagged value', b64({ k: { PK: { S: 'x' } }, q: QUERY })],
      ['a bad number tag', b64({ k: { PK: { N: '12abc' } }, q: QUERY })],
      ['a bad binary tag', b64({ k: { PK: { B: '!!' } }, q: QUERY })],
    ])('rejects a malformed cursor: %s', (_, cursor) => {
      const error = rejection(() => decodeCursor(cursor, QUERY));
      expect(error.code).toBe('INVALID_CURSOR');
      expect(error.message).toMatch(/^Invalid pagination cursor: .+ Pass the cursor returned/);
    });

    it('keeps a "__proto__" attribute name as data, never as a prototype', () => {
      const cursor = Buffer.from(`{"k":{"__proto__":"x","PK":"a"},"q":"${QUERY}"}`).toString(
        'base64url',
      );
      const key = decodeCursor(cursor, QUERY);
      expect(Object.getPrototypeOf(key)).toBe(Object.prototype);
      expect(Object.keys(key)).toEqual(['__proto__', 'PK']);
    });
  });
});
