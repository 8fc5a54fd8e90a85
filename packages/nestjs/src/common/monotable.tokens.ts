import { ConfigurationError, Monotable } from '@monotable/core';
import type { Type } from '@nestjs/common';
import type { EntityClass } from '../interfaces';
import { DEFAULT_CONNECTION_NAME } from '../monotable.constants';

/**
 * The injection token of a connection: the `Monotable` class for the default connection (so
 * `constructor(db: Monotable)` works without a decorator), a string for a named one.
 *
 * @example
 * Test.createTestingModule({ providers: [{ provide: getMonotableToken('audit'), useValue: fakeDb }] })
 */
export function getMonotableToken(
  connectionName: string = DEFAULT_CONNECTION_NAME,
): Type<Monotable> | string {
  return connectionName === DEFAULT_CONNECTION_NAME
    ? Monotable
    : `${connectionName}MonotableConnection`;
}

// Symbols rather than `${entity.name}Repository` strings: two classes of the same name (in two
// tables, say) must never share a token. One symbol per class and connection, made once.
const repositoryTokens = new WeakMap<Function, Map<string, symbol>>();

/**
 * The injection token of an entity's `Repository` on a connection.
 *
 * @example
 * Test.createTestingModule({
 *   providers: [CustomersService, { provide: getRepositoryToken(Customer), useValue: fakeRepository }],
 * })
 */
export function getRepositoryToken(
  entity: EntityClass,
  connectionName: string = DEFAULT_CONNECTION_NAME,
): symbol {
  if (typeof entity !== 'function') {
    throw new ConfigurationError(
      `getRepositoryToken needs an entity class, got ${String(entity)}; ` +
        'an undefined class usually means a circular import',
    );
  }
  let byConnection = repositoryTokens.get(entity);
  if (!byConnection) {
    byConnection = new Map();
    repositoryTokens.set(entity, byConnection);
  }
  let token = byConnection.get(connectionName);
  if (!token) {
    const suffix = connectionName === DEFAULT_CONNECTION_NAME ? '' : `@${connectionName}`;
    token = Symbol(`Repository<${entity.name}>${suffix}`);
    byConnection.set(connectionName, token);
  }
  return token;
}
