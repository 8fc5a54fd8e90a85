import type { AttributeMetadata } from '../metadata/types';
import { keyTemplatesCanCollide } from './key-overlap';
import { parseKeyTemplate } from './parse-key-template';

const types = (map: Record<string, AttributeMetadata['type']>) =>
  new Map(Object.entries(map).map(([p, type]) => [p, { propertyName: p, attributeName: p, type }]));
const strings = types({ id: 'string', email: 'string', kind: 'string' });

const collide = (
  a: string | undefined,
  b: string | undefined,
  aTypes = strings,
  bTypes = strings,
) =>
  keyTemplatesCanCollide(
    a ? parseKeyTemplate(a) : undefined,
    aTypes,
    b ? parseKeyTemplate(b) : undefined,
    bTypes,
  );

describe('keyTemplatesCanCollide', () => {
  it.each([
    ['USER#{id}', 'USER#{email}', true],
    ['USER#{id}', 'ADMIN#{id}', false],
    ['ORDER#{id}', 'ORDER#{kind}#{id}', false],
    ['PROFILE', 'PROFILE', true],
    ['PROFILE', '{kind}', true],
    ['A##{id}', 'A#{kind}#{id}', false], // an empty segment can never hold a slot value
    ['X#{id}', 'X#', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(collide(a, b)).toBe(expected);
  });

  it('knows what numbers, booleans and dates can render', () => {
    const typed = types({ n: 'number', flag: 'boolean', at: 'date' });
    expect(collide('{n}', 'PROFILE', typed)).toBe(false);
    expect(collide('{n}', '0042', typed)).toBe(true);
    expect(collide('{flag}', 'true', typed)).toBe(true);
    expect(collide('{flag}', 'yes', typed)).toBe(false);
    expect(collide('{at}', '2026-11-03T10:00:00.000Z', typed)).toBe(true);
    expect(collide('{at}', '{n}', typed, typed)).toBe(false);
    expect(collide('{at}', '{id}', typed)).toBe(true);
  });

  it('treats two absent sort keys as equal', () => {
    expect(collide(undefined, undefined)).toBe(true);
    expect(collide('A', undefined)).toBe(false);
  });
});
