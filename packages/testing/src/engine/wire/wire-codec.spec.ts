import { decodeWireBinaries, encodeWireBinaries } from './wire-codec';

describe('wire codec', () => {
  it('turns base64 binaries into bytes and back, wherever they are nested', () => {
    const wire = { Item: { b: { B: 'AQI=' }, s: { BS: ['AQ=='] }, m: { M: { B: { S: 'named B' } } } } };
    const decoded = decodeWireBinaries(wire);
    expect(decoded.Item.b.B).toEqual(new Uint8Array([1, 2]));
    expect(decoded.Item.s.BS).toEqual([new Uint8Array([1])]);
    expect(decoded.Item.m).toEqual({ M: { B: { S: 'named B' } } });
    expect(encodeWireBinaries(decoded)).toEqual(wire);
  });

  it('keeps a key named "__proto__" as an ordinary key both ways', () => {
    const wire = '{"Item":{"__proto__":{"B":"AQI="}}}';
    const decoded = decodeWireBinaries(JSON.parse(wire));
    expect(Object.keys(decoded.Item)).toEqual(['__proto__']);
    expect(decoded.Item['__proto__'].B).toEqual(new Uint8Array([1, 2]));
    expect(JSON.stringify(encodeWireBinaries(decoded))).toBe(wire);
  });

  it('leaves ExpressionAttributeNames alone', () => {
    const input = { ExpressionAttributeNames: { B: 'x' } };
    expect(decodeWireBinaries(input)).toEqual(input);
  });
});
