import { decodePageCursor, encodePageCursor } from './page-cursor';

describe('grid page cursors', () => {
  it('carry the last evaluated key there and back', () => {
    const key = { PK: 'CUSTOMER#ada', SK: 'ORDER#01' };
    expect(decodePageCursor(encodePageCursor(key)!)).toEqual(key);
    expect(encodePageCursor(undefined)).toBeUndefined();
    expect(decodePageCursor(null)).toBeUndefined();
  });

  it('refuse anything else with INVALID_CURSOR', () => {
    expect(() => decodePageCursor('not a cursor')).toThrow(
      expect.objectContaining({ status: 400, code: 'INVALID_CURSOR' }),
    );
    expect(() => decodePageCursor(Buffer.from('[1]').toString('base64url'))).toThrow(
      expect.objectContaining({ code: 'INVALID_CURSOR' }),
    );
  });
});
