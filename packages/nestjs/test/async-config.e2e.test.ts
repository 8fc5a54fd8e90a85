import { describeEachBackend, uniqueTableName } from '@monotable/testing';
import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MonotableModule } from '../src';
import { useEndpoint } from './support/backend-access';
import { closeApp } from './support/close-app';
import { createHttpApp } from './support/create-http-app';
import { CustomersModule } from './support/customers.module';
import {
  ShopMonotableConfig,
  ShopMonotableConfigModule,
  shopConfigModule,
  shopOptionsFrom,
} from './support/shop-config';
import { registerAndFetchCustomer } from './support/shop-round-trip';

describeEachBackend('MonotableModule.forRootAsync', (backend) => {
  const endpoint = useEndpoint(backend);
  const config = (isGlobal = false) =>
    shopConfigModule(
      { DYNAMODB_ENDPOINT: endpoint(), TABLE_NAME: uniqueTableName('shop') },
      isGlobal,
    );
  let app: INestApplication | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  /** The app works, and closing it destroys the client its options factory built. */
  async function expectWorksAndClosesItsClient(): Promise<void> {
    await registerAndFetchCustomer(app!);
    const destroyed = await closeApp(app!);
    app = undefined;
    expect(destroyed).toHaveLength(1);
    const { hostname, port } = new URL(endpoint());
    expect(await destroyed[0].config.endpoint?.()).toMatchObject({ hostname, port: Number(port) });
  }

  test('useFactory with ConfigModule', async () => {
    app = await createHttpApp([
      MonotableModule.forRootAsync({
        imports: [config()],
        inject: [ConfigService],
        useFactory: (configService: ConfigService) => shopOptionsFrom(configService),
      }),
      CustomersModule,
    ]);
    await expectWorksAndClosesItsClient();
  });

  test('useClass: an options factory instantiated inside the module', async () => {
    app = await createHttpApp([
      MonotableModule.forRootAsync({ imports: [config()], useClass: ShopMonotableConfig }),
      CustomersModule,
    ]);
    await expectWorksAndClosesItsClient();
  });

  test('useExisting: an options factory exported by another module', async () => {
    app = await createHttpApp([
      config(true),
      MonotableModule.forRootAsync({
        imports: [ShopMonotableConfigModule],
        useExisting: ShopMonotableConfig,
      }),
      CustomersModule,
    ]);
    expect(app.get(ShopMonotableConfig).connectionNames).toEqual(['default']);
    await expectWorksAndClosesItsClient();
  });
});
