import { ValidationError } from '../errors/errors';
import { rejectUnknownProperties } from './reject-unknown-properties';

const known = new Set(['id', 'email', 'name', 'address']);

describe('rejectUnknownProperties', () => {
  it('accepts data made only of attributes', () => {
    expect(() =>
      rejectUnknownProperties({ id: '1', email: 'a@b.c' }, known, 'Customer'),
    ).not.toThrow();
    expect(() => rejectUnknownProperties({}, known, 'Customer')).not.toThrow();
  });

  it('lists every property that is not an attribute', () => {
    let error: unknown;
    try {
      rejectUnknownProperties({ id: '1', emial: 'a@b.c', nmae: 'Ada' }, known, 'Customer');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).violations).toEqual([
      {
        entity: 'Customer',
        property: 'emial',
        value: 'a@b.c',
        constraints: { unknownAttribute: 'emial is not an attribute of Customer' },
      },
      {
        entity: 'Customer',
        property: 'nmae',
        value: 'Ada',
        constraints: { unknownAttribute: 'nmae is not an attribute of Customer' },
      },
    ]);
    expect((error as ValidationError).message).toBe(
      'Customer is invalid: emial (emial is not an attribute of Customer), nmae (nmae is not an attribute of Customer)',
    );
  });

  it('checks a nested update path by its attribute', () => {
    expect(() =>
      rejectUnknownProperties({ 'address.city': 'Oslo' }, known, 'Customer'),
    ).not.toThrow();
    expect(() => rejectUnknownProperties({ 'adress.city': 'Oslo' }, known, 'Customer')).toThrow(
      'adress.city is not an attribute of Customer',
    );
  });

  it('rejects inherited object names that are not attributes', () => {
    expect(() => rejectUnknownProperties({ constructor: 1 }, known, 'Customer')).toThrow(
      ValidationError,
    );
  });
});
