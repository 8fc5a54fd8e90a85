import { parseSnapshot, serializeSnapshot } from './snapshot-codec';

describe('snapshot codec', () => {
  it('round-trips binary values through JSON as base64', () => {
    const snapshot = {
      tables: [
        {
          definition: { name: 't' } as never,
          items: [{ PK: { B: new Uint8Array([1, 2, 3]) }, set: { BS: [new Uint8Array([4])] } }],
        },
      ],
    };
    const text = serializeSnapshot(snapshot);
    expect(text).toContain('"AQID"');
    expect(parseSnapshot(text)).toEqual(snapshot);
  });

  it('refuses other files', () => {
    expect(() => parseSnapshot('{"tables":[]}')).toThrow('Not a MemoryDynamoDB snapshot');
  });
});
