import type { EntityClass } from '../interfaces';
import type { Monotable, MonotableOptions } from '@monotable/core';
import { MemoryDynamoDB } from '@monotable/testing';
import { Module, type DynamicModule } from '@nestjs/common';
import { getMonotableToken } from '../common';
import { DEFAULT_CONNECTION_NAME } from '../monotable.constants';
import { MonotableModule } from '../monotable.module';
import { MonotableTestingHarness } from './monotable-testing.harness';

/** Options of `MonotableTestingModule.forRoot()`. */
export interface MonotableTestingModuleOptions
  extends Omit<MonotableOptions, 'client' | 'entities'> {
  /** The entities of the connection (those registered with forFeature are added too). */
  entities?: EntityClass[];
  /** The connection's name, when the application has several; `'default'` when omitted. */
  name?: string;
  /** An engine of your own (seeded, with faults or a clock set up); a new one by default. */
  engine?: MemoryDynamoDB;
}

/**
 * A connection on a fresh in-process DynamoDB for Nest tests: import it in place of the
 * application's `MonotableModule.forRoot/forRootAsync`, and the application's modules
 * (`forFeature`, `@InjectRepository`, `@InjectMonotable`) work unchanged. The table is created
 * from the entities; `MonotableTestingHarness` seeds and empties it.
 *
 * @example
 * const moduleRef = await Test.createTestingModule({
 *   imports: [MonotableTestingModule.forRoot({ table: ShopTable }), CustomersModule],
 * }).compile();
 * const harness = moduleRef.get(MonotableTestingHarness);
 */
@Module({})
export class MonotableTestingModule {
  static forRoot(options: MonotableTestingModuleOptions): DynamicModule {
    const { engine = new MemoryDynamoDB(), name = DEFAULT_CONNECTION_NAME, entities = [], ...rest } = options;
    const client = engine.createClient();
    return {
      module: MonotableTestingModule,
      imports: [
        MonotableModule.forRoot({
          ...rest,
          name,
          client,
          entities,
          autoLoadEntities: true,
          createTableIfMissing: true,
          retryAttempts: 0,
        }),
      ],
      providers: [
        {
          provide: MonotableTestingHarness,
          useFactory: (db: Monotable) => {
            // The connection is open and its table created: tests see their own requests only.
            engine.requests.length = 0;
            return new MonotableTestingHarness(engine, db, client);
          },
          inject: [getMonotableToken(name)],
        },
      ],
      exports: [MonotableTestingHarness],
      global: true,
    };
  }
}
