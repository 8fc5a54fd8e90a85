import { HttpException } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { UniqueConstraintError, VersionConflictError } from '@monotable/core';
import { getRepositoryToken } from '@monotable/nestjs';
import type { MonotableTestingHarness } from '@monotable/nestjs/testing';
import { Address, Customer } from '../model';
import { CustomersModule } from './customers.module';
import { CustomersService } from './customers.service';
import { useShopTestingModule } from '../../test/support/shop-testing-module';

describe('CustomersService on the in-process engine (MonotableTestingModule)', () => {
  const shop = useShopTestingModule([CustomersModule]);
  let service: CustomersService;
  let harness: MonotableTestingHarness;

  beforeEach(async () => {
    service = shop.get(CustomersService);
    harness = shop.harness();
  });

  test('registers a customer with a generated id; a taken email is refused', async () => {
    const ada = await service.register({ email: 'ada@example.com', name: 'Ada' });
    expect(ada).toMatchObject({ id: expect.any(String), version: 1 });
    await expect(service.register({ email: 'ada@example.com', name: 'Eve' })).rejects.toThrow(
      UniqueConstraintError,
    );
    expect((await service.find(ada.id)).name).toBe('Ada');
  });

  test('reads a customer with its addresses in one Query', async () => {
    const [ada] = await harness.seed(Customer, [
      { id: 'ada', email: 'a@example.com', name: 'Ada' },
    ]);
    await harness.seed(Address, [
      {
        customerId: 'ada',
        id: 'a1',
        label: 'home',
        street: '1 Main St',
        city: 'Oslo',
        postalCode: '0150',
        country: 'NO',
      },
    ]);
    harness.engine.requests.length = 0;

    const found = await service.find(ada.id, ['addresses']);
    expect(found.addresses?.map((address) => address.label)).toEqual(['home']);
    expect(harness.engine.requests.map((request) => request.operation)).toEqual(['Query']);
  });

  test('a change names the version it expects; a stale one changes nothing', async () => {
    await harness.seed(Customer, [{ id: 'ada', email: 'a@example.com', name: 'Ada' }]);
    expect(await service.change('ada', { name: 'Ada King' }, 1)).toMatchObject({ version: 2 });
    await expect(service.change('ada', { name: 'Stale' }, 1)).rejects.toThrow(VersionConflictError);
    expect((await service.find('ada')).name).toBe('Ada King');
  });
});

describe('CustomersService with a fake repository (getRepositoryToken)', () => {
  let customers: { update: jest.Mock };
  let service: CustomersService;

  beforeEach(async () => {
    customers = { update: jest.fn(async () => ({ id: 'ada', version: 2 })) };
    const moduleRef = await Test.createTestingModule({
      providers: [CustomersService, { provide: getRepositoryToken(Customer), useValue: customers }],
    }).compile();
    service = moduleRef.get(CustomersService);
  });

  test('sends only the fields given, with the expected version', async () => {
    await service.change('ada', { name: 'Ada King', email: undefined }, 3);
    expect(customers.update).toHaveBeenCalledWith(
      { id: 'ada' },
      { name: 'Ada King' },
      { expectedVersion: 3 },
    );
  });

  test('an empty change is refused (400) before anything is sent', () => {
    expect(() => service.change('ada', {})).toThrow(HttpException);
    expect(() => service.change('ada', { name: undefined })).toThrow(
      'Send at least one of email, name',
    );
    expect(customers.update).not.toHaveBeenCalled();
  });
});
