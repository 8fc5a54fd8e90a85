import { ConfigurationError, Monotable } from '@monotable/core';
import { getMonotableToken, getRepositoryToken } from './monotable.tokens';

class Customer {}
class Order {}

describe('getMonotableToken', () => {
  test('is the Monotable class for the default connection, so it injects by type', () => {
    expect(getMonotableToken()).toBe(Monotable);
    expect(getMonotableToken('default')).toBe(Monotable);
  });

  test('is a readable string for a named connection', () => {
    expect(getMonotableToken('audit')).toBe('auditMonotableConnection');
  });
});

describe('getRepositoryToken', () => {
  test('is the same token on every call', () => {
    expect(getRepositoryToken(Customer)).toBe(getRepositoryToken(Customer));
    expect(getRepositoryToken(Customer, 'default')).toBe(getRepositoryToken(Customer));
    expect(getRepositoryToken(Customer, 'audit')).toBe(getRepositoryToken(Customer, 'audit'));
  });

  test('differs per entity and per connection', () => {
    const tokens = [
      getRepositoryToken(Customer),
      getRepositoryToken(Order),
      getRepositoryToken(Customer, 'audit'),
    ];
    expect(new Set(tokens).size).toBe(3);
  });

  test('two classes with the same name never share a token', () => {
    const OtherCustomer = (() => class Customer {})();
    expect(getRepositoryToken(OtherCustomer)).not.toBe(getRepositoryToken(Customer));
  });

  test('describes itself in Nest error messages', () => {
    expect(getRepositoryToken(Customer).toString()).toBe('Symbol(Repository<Customer>)');
    expect(getRepositoryToken(Customer, 'audit').toString()).toBe(
      'Symbol(Repository<Customer>@audit)',
    );
  });

  test('an undefined entity (a circular import) is a clear error', () => {
    expect(() => getRepositoryToken(undefined as any)).toThrow(ConfigurationError);
    expect(() => getRepositoryToken(undefined as any)).toThrow(/circular import/);
  });
});
