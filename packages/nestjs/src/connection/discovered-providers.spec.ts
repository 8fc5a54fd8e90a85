import { ConfigurationError } from '@monotable/core';
import type { DiscoveryService } from '@nestjs/core';
import { MONOTABLE_CONNECTION_NAME, MONOTABLE_FEATURE_ENTITIES } from '../monotable.constants';
import { assertUniqueConnectionName } from './assert-unique-connection-name';
import { collectFeatureEntities } from './feature-entities';

class Customer {}
class Order {}
class AuditEvent {}

/** A DiscoveryService over value providers, as Nest holds them once modules are scanned. */
function discoveryOf(...providers: Array<[unknown, unknown]>): DiscoveryService {
  return {
    getProviders: () => providers.map(([token, instance]) => ({ token, instance })),
  } as unknown as DiscoveryService;
}

describe('collectFeatureEntities', () => {
  test('gathers every forFeature of the connection, each entity once, in order', () => {
    const discovery = discoveryOf(
      [MONOTABLE_FEATURE_ENTITIES, { connectionName: 'default', entities: [Customer, Order] }],
      [MONOTABLE_FEATURE_ENTITIES, { connectionName: 'audit', entities: [AuditEvent] }],
      ['SomethingElse', { connectionName: 'default', entities: [AuditEvent] }],
      [MONOTABLE_FEATURE_ENTITIES, { connectionName: 'default', entities: [Order] }],
    );
    expect(collectFeatureEntities(discovery, 'default')).toEqual([Customer, Order]);
    expect(collectFeatureEntities(discovery, 'audit')).toEqual([AuditEvent]);
    expect(collectFeatureEntities(discovery, 'reports')).toEqual([]);
  });
});

describe('assertUniqueConnectionName', () => {
  test('accepts one connection per name', () => {
    const discovery = discoveryOf(
      [MONOTABLE_CONNECTION_NAME, 'default'],
      [MONOTABLE_CONNECTION_NAME, 'audit'],
    );
    expect(() => assertUniqueConnectionName(discovery, 'default')).not.toThrow();
  });

  test('refuses a second connection of the same name, saying how to fix it', () => {
    const discovery = discoveryOf(
      [MONOTABLE_CONNECTION_NAME, 'audit'],
      [MONOTABLE_CONNECTION_NAME, 'audit'],
    );
    expect(() => assertUniqueConnectionName(discovery, 'audit')).toThrow(ConfigurationError);
    expect(() => assertUniqueConnectionName(discovery, 'audit')).toThrow(
      /2 MonotableModule.forRoot\/forRootAsync connections are named "audit": give each connection its own `name`/,
    );
  });
});
