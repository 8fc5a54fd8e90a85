import { validateItemKeys, validateKey, validateKeyValues } from './key-validation';
import type { TableDefinition } from './table-definition';

const definition = {
  keys: { partitionKeys: ['PK'], sortKeys: ['SK'] },
  attributeDefinitions: [
    { AttributeName: 'PK', AttributeType: 'S' },
    { AttributeName: 'SK', AttributeType: 'N' },
    { AttributeName: 'G', AttributeType: 'S' },
  ],
  indexes: [{ name: 'GSI1', kind: 'global', keys: { partitionKeys: ['G'], sortKeys: [] }, projection: { type: 'ALL' } }],
} as unknown as TableDefinition;

describe('key validation', () => {
  it('normalizes a valid key', () => {
    expect(validateKey(definition, validateKeyValues({ PK: { S: 'a' }, SK: { N: '1.50' } }))).toEqual({ PK: { S: 'a' }, SK: { N: '1.5' } });
  });

  it.each([
    [{ PK: { S: 'a' } }, 'The number of conditions on the keys is invalid'],
    [{ PK: { S: 'a' }, XX: { N: '1' } }, 'One of the required keys was not given a value'],
    [{ PK: { S: 'a' }, SK: { S: '1' } }, 'One or more parameter values were invalid: Type mismatch for key'],
    [{ PK: { S: 'a' }, SK: { BOOL: true } }, 'Invalid attribute value type'],
    [{ PK: { S: '' }, SK: { N: '1' } }, 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: PK'],
  ])('refuses %j', (key, message) => {
    expect(() => validateKey(definition, validateKeyValues(key))).toThrow(message);
  });

  it('checks index keys of an item only when present', () => {
    expect(() => validateItemKeys(definition, { PK: { S: 'a' }, SK: { N: '1' } })).not.toThrow();
    expect(() => validateItemKeys(definition, { PK: { S: 'a' }, SK: { N: '1' }, G: { N: '1' } })).toThrow(
      'One or more parameter values were invalid: Type mismatch for Index Key',
    );
  });
});
