import type { AttributeMetadata } from '../metadata/types';
import { parseKeyTemplate } from './parse-key-template';
import { sortPrefixIsShared } from './sort-prefix-overlap';

const entity = (pk: string, sk?: string) => ({
  templates: { pk: parseKeyTemplate(pk), sk: sk ? parseKeyTemplate(sk) : undefined },
  attributes: new Map<string, AttributeMetadata>(),
});

describe('sortPrefixIsShared', () => {
  const order = entity('CUSTOMER#{customerId}', 'ORDER#{id}');
  const line = entity('CUSTOMER#{customerId}', 'ORDER#{orderId}#LINE#{sku}');
  const address = entity('CUSTOMER#{customerId}', 'ADDRESS#{id}');
  const profile = entity('CUSTOMER#{id}', 'PROFILE');

  it('sees nested sort keys in the same partition', () => {
    expect(sortPrefixIsShared(order, [order, line, address, profile])).toBe(true);
    expect(sortPrefixIsShared(line, [order, line])).toBe(true);
  });

  it('is false for distinct prefixes, literal sort keys and other partitions', () => {
    expect(sortPrefixIsShared(address, [order, line, address, profile])).toBe(false);
    expect(sortPrefixIsShared(profile, [order, line])).toBe(false);
    expect(sortPrefixIsShared(order, [entity('PRODUCT#{sku}', 'ORDER#{id}#X#{y}')])).toBe(false);
  });

  it('is true when the sort key starts with a slot', () => {
    expect(sortPrefixIsShared(entity('P#{a}', '{b}'), [entity('P#{c}', 'X#{d}')])).toBe(true);
  });
});
