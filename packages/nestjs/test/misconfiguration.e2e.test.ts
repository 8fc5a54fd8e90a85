import { ConfigurationError } from '@monotable/core';
import { describeEachBackend, uniqueTableName } from '@monotable/testing';
import { MonotableModule } from '../src';
import { newClient } from './support/backend-access';
import { createHttpApp } from './support/create-http-app';
import { CustomersModule } from './support/customers.module';
import { AuditEvent, Customer, ShopTable } from './support/shop.model';

describeEachBackend('startup errors name the mistake', (backend) => {
  test('forFeature of an entity the connection does not have, without autoLoadEntities', async () => {
    const app = createHttpApp([
      MonotableModule.forRoot({
        client: newClient(backend()),
        table: ShopTable,
        entities: [Customer],
        verifyTableOnStart: false,
      }),
      CustomersModule,
    ]);
    await expect(app).rejects.toThrow(ConfigurationError);
    await expect(app).rejects.toThrow(
      'MonotableModule.forFeature() registers Order, but it is not an entity of the "default" connection: ' +
        "add it to that connection's 'entities' or set 'autoLoadEntities: true'",
    );
  });

  test("an entity of another table is refused by monotable's own validation", async () => {
    const app = createHttpApp([
      MonotableModule.forRoot({
        client: newClient(backend()),
        table: ShopTable,
        tableName: uniqueTableName('shop'),
        entities: [Customer, AuditEvent],
      }),
    ]);
    await expect(app).rejects.toThrow(ConfigurationError);
    await expect(app).rejects.toThrow(/AuditEvent/);
  });

  test('forFeature on a connection that was never opened', async () => {
    const app = createHttpApp([
      MonotableModule.forRoot({
        client: newClient(backend()),
        table: ShopTable,
        entities: [Customer],
      }),
      MonotableModule.forFeature([Customer], 'reports'),
    ]);
    await expect(app).rejects.toThrow(/reportsMonotableConnection/);
  });
});
