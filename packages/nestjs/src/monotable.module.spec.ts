import 'reflect-metadata';
import { Attribute, Entity, Monotable, Table } from '@monotable/core';
import { MemoryDynamoDB } from '@monotable/testing';
import { Injectable, type DynamicModule, type FactoryProvider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { getMonotableToken, getRepositoryToken } from './common';
import type { MonotableConnectionOptions, MonotableOptionsFactory } from './interfaces';
import {
  MONOTABLE_CONNECTION_NAME,
  MONOTABLE_FEATURE_ENTITIES,
  MONOTABLE_MODULE_OPTIONS,
} from './monotable.constants';
import { MonotableCoreModule } from './monotable-core.module';
import { MonotableModule } from './monotable.module';

const SpecTable = new Table({ name: 'spec', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: SpecTable, pk: 'CUSTOMER#{id}', sk: 'PROFILE' })
class Customer {
  @Attribute() id!: string;
}

@Entity({ table: SpecTable, pk: 'CUSTOMER#{customerId}', sk: 'ORDER#{id}' })
class Order {
  @Attribute() id!: string;
  @Attribute() customerId!: string;
}

@Injectable()
class OptionsFactory implements MonotableOptionsFactory {
  createMonotableOptions(): MonotableConnectionOptions {
    return { client: new MemoryDynamoDB().createClient(), table: SpecTable };
  }
}

/** The core module a facade's forRoot/forRootAsync imports. */
function coreOf(module: DynamicModule): DynamicModule {
  expect(module.module).toBe(MonotableModule);
  expect(module.providers ?? []).toEqual([]);
  expect(module.imports).toHaveLength(1);
  return module.imports![0] as DynamicModule;
}

function providerOf(module: DynamicModule, token: unknown): any {
  return (module.providers as Array<{ provide: unknown }>).find((p) => p.provide === token);
}

describe('MonotableModule.forRoot', () => {
  const client = new MemoryDynamoDB().createClient();

  test('imports a global core module that exports only the connection', () => {
    const core = coreOf(
      MonotableModule.forRoot({ client, table: SpecTable, entities: [Customer] }),
    );
    expect(core.module).toBe(MonotableCoreModule);
    expect(Reflect.getMetadata('__module:global__', MonotableCoreModule)).toBe(true);
    expect(core.imports).toEqual([DiscoveryModule]);
    expect(core.exports).toEqual([Monotable]);
    expect(core.providers).toEqual([
      { provide: MONOTABLE_CONNECTION_NAME, useValue: 'default' },
      {
        provide: MONOTABLE_MODULE_OPTIONS,
        useValue: { client, table: SpecTable, entities: [Customer] },
      },
      expect.objectContaining({
        provide: Monotable,
        inject: [MONOTABLE_MODULE_OPTIONS, expect.any(Function)],
      }),
    ]);
  });

  test('a named connection is exported under its own token, without `name` in its options', () => {
    const core = coreOf(MonotableModule.forRoot({ name: 'audit', client, table: SpecTable }));
    expect(core.exports).toEqual([getMonotableToken('audit')]);
    expect(providerOf(core, MONOTABLE_CONNECTION_NAME).useValue).toBe('audit');
    expect(providerOf(core, MONOTABLE_MODULE_OPTIONS).useValue).toEqual({
      client,
      table: SpecTable,
    });
  });
});

describe('MonotableModule.forRootAsync', () => {
  test('useFactory: the factory and its inject list become the options provider', () => {
    const useFactory = jest.fn();
    const core = coreOf(
      MonotableModule.forRootAsync({ imports: [DiscoveryModule], inject: ['CONFIG'], useFactory }),
    );
    expect(core.imports).toEqual([DiscoveryModule, DiscoveryModule]);
    expect(providerOf(core, MONOTABLE_MODULE_OPTIONS)).toEqual({
      provide: MONOTABLE_MODULE_OPTIONS,
      useFactory,
      inject: ['CONFIG'],
    });
    expect(core.exports).toEqual([Monotable]);
  });

  test('useClass: the class is provided in the core module and asked for the options', async () => {
    const core = coreOf(MonotableModule.forRootAsync({ name: 'audit', useClass: OptionsFactory }));
    expect(providerOf(core, OptionsFactory)).toEqual({
      provide: OptionsFactory,
      useClass: OptionsFactory,
    });
    const options = providerOf(core, MONOTABLE_MODULE_OPTIONS) as FactoryProvider;
    expect(options.inject).toEqual([OptionsFactory]);
    const factory = { createMonotableOptions: jest.fn(() => ({ table: SpecTable })) };
    await options.useFactory(factory);
    expect(factory.createMonotableOptions).toHaveBeenCalledWith('audit');
    expect(core.exports).toEqual([getMonotableToken('audit')]);
  });

  test('useExisting: the class is injected, not provided again', () => {
    const core = coreOf(MonotableModule.forRootAsync({ useExisting: OptionsFactory }));
    expect(providerOf(core, OptionsFactory)).toBeUndefined();
    expect(providerOf(core, MONOTABLE_MODULE_OPTIONS).inject).toEqual([OptionsFactory]);
  });

  test('extraProviders are added to the core module', () => {
    const extra = { provide: 'EXTRA', useValue: 1 };
    const core = coreOf(
      MonotableModule.forRootAsync({ useExisting: OptionsFactory, extraProviders: [extra] }),
    );
    expect(core.providers).toContainEqual(extra);
  });

  test('without useFactory, useClass or useExisting it says what is missing', () => {
    expect(() => MonotableModule.forRootAsync({ name: 'audit' })).toThrow(
      'MonotableModule.forRootAsync() for the "audit" connection needs useFactory, useClass or useExisting',
    );
  });
});

describe('MonotableModule.forFeature', () => {
  test('provides and exports one repository per entity, and records the entities', () => {
    const feature = MonotableModule.forFeature([Customer, Order]);
    expect(feature.module).toBe(MonotableModule);
    expect(feature.imports).toBeUndefined();
    expect(feature.providers).toEqual([
      {
        provide: MONOTABLE_FEATURE_ENTITIES,
        useValue: { connectionName: 'default', entities: [Customer, Order] },
      },
      expect.objectContaining({ provide: getRepositoryToken(Customer), inject: [Monotable] }),
      expect.objectContaining({ provide: getRepositoryToken(Order), inject: [Monotable] }),
    ]);
    expect(feature.exports).toEqual([
      expect.objectContaining({ provide: getRepositoryToken(Customer) }),
      expect.objectContaining({ provide: getRepositoryToken(Order) }),
    ]);
  });

  test('on a named connection, repositories come from that connection', () => {
    const feature = MonotableModule.forFeature([Customer], 'audit');
    expect(providerOf(feature, getRepositoryToken(Customer, 'audit')).inject).toEqual([
      getMonotableToken('audit'),
    ]);
    expect(providerOf(feature, MONOTABLE_FEATURE_ENTITIES).useValue.connectionName).toBe('audit');
  });

  test('each repository provider asks its connection for the repository', () => {
    const db = new Monotable({
      client: new MemoryDynamoDB().createClient(),
      table: SpecTable,
      entities: [Customer],
    });
    const feature = MonotableModule.forFeature([Customer, Order]);
    const customers = providerOf(feature, getRepositoryToken(Customer)) as FactoryProvider;
    expect(customers.useFactory(db)).toBe(db.getRepository(Customer));
    const orders = providerOf(feature, getRepositoryToken(Order)) as FactoryProvider;
    expect(() => orders.useFactory(db)).toThrow(
      /registers Order, but it is not an entity of the "default" connection/,
    );
  });
});
