import {
  IsEmail,
  IsInt,
  Length,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { ValidationError } from '../errors/errors';
import { validateEntity } from './validate-entity';

class Address {
  @Length(2, 50) city!: string;
  @Length(4, 10) zip!: string;
}

class Line {
  @Min(1) quantity!: number;
}

@ValidatorConstraint({ name: 'freeHandle', async: true })
class FreeHandle implements ValidatorConstraintInterface {
  async validate(value: unknown): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return value !== 'taken';
  }
  defaultMessage(): string {
    return 'handle is already taken';
  }
}

class Customer {
  @IsEmail() email!: string;
  @Length(1, 100) name!: string;
  @IsInt() @Min(0) points = 0;
  @Validate(FreeHandle) handle = 'free';
  @ValidateNested() address?: Address;
  @ValidateNested({ each: true }) lines: Line[] = [];
}

class Increment {
  constructor(readonly by: number) {}
}
const isOperator = (value: unknown) => value instanceof Increment;

const address = (city: string, zip = '0150') => Object.assign(new Address(), { city, zip });
const line = (quantity: number) => Object.assign(new Line(), { quantity });
const customer = (data: Partial<Customer> = {}) =>
  Object.assign(
    new Customer(),
    { email: 'ada@example.com', name: 'Ada', address: address('Oslo') },
    data,
  );

async function violationsOf(run: Promise<void>) {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).violations;
}

describe('validateEntity', () => {
  it('accepts a valid entity', async () => {
    await expect(validateEntity(customer(), 'Customer')).resolves.toBeUndefined();
  });

  it('lists every failing property with its constraints', async () => {
    const run = validateEntity(
      customer({ email: 'not-an-email', name: '', points: -1 }),
      'Customer',
    );
    const error = await run.catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.entity).toBe('Customer');
    expect(error.violations).toEqual([
      {
        entity: 'Customer',
        property: 'email',
        value: 'not-an-email',
        constraints: { isEmail: expect.any(String) },
      },
      {
        entity: 'Customer',
        property: 'name',
        value: '',
        constraints: { isLength: expect.any(String) },
      },
      {
        entity: 'Customer',
        property: 'points',
        value: -1,
        constraints: { min: 'points must not be less than 0' },
      },
    ]);
    expect(error.message).toMatch(/^Customer is invalid: email \(email must be an email\), name/);
  });

  it('names nested properties by their path', async () => {
    const violations = await violationsOf(
      validateEntity(
        customer({ address: address('X', '1'), lines: [line(1), line(0)] }),
        'Customer',
      ),
    );
    expect(violations.map((v) => [v.property, Object.keys(v.constraints)])).toEqual([
      ['address.city', ['isLength']],
      ['address.zip', ['isLength']],
      ['lines.1.quantity', ['min']],
    ]);
  });

  it('reports a nested value that is not an object on the property itself', async () => {
    const violations = await violationsOf(
      validateEntity(customer({ address: 'Oslo' as unknown as Address }), 'Customer'),
    );
    expect(violations).toEqual([
      expect.objectContaining({
        property: 'address',
        constraints: { nestedValidation: expect.any(String) },
      }),
    ]);
  });

  it('runs async validators', async () => {
    const violations = await violationsOf(
      validateEntity(customer({ handle: 'taken' }), 'Customer'),
    );
    expect(violations).toEqual([
      expect.objectContaining({
        property: 'handle',
        constraints: { freeHandle: 'handle is already taken' },
      }),
    ]);
  });

  it('accepts an instance of a class without any validation decorators', async () => {
    class Note {
      text = 'hello';
    }
    await expect(validateEntity(new Note(), 'Note')).resolves.toBeUndefined();
  });

  describe('with `properties` (an update)', () => {
    const broken = () => customer({ email: 'bad', name: '', address: address('X') });

    it('keeps only violations of the listed properties', async () => {
      const violations = await violationsOf(
        validateEntity(broken(), 'Customer', { properties: ['name'] }),
      );
      expect(violations.map((v) => v.property)).toEqual(['name']);
    });

    it('includes the nested properties of a listed property', async () => {
      const violations = await violationsOf(
        validateEntity(broken(), 'Customer', { properties: ['address'] }),
      );
      expect(violations.map((v) => v.property)).toEqual(['address.city']);
    });

    it('matches nested paths on whole segments only', async () => {
      const entity = broken();
      await expect(
        validateEntity(entity, 'Customer', { properties: ['addr', 'address.zip'] }),
      ).resolves.toBeUndefined();
      const violations = await violationsOf(
        validateEntity(entity, 'Customer', { properties: ['address.city'] }),
      );
      expect(violations.map((v) => v.property)).toEqual(['address.city']);
    });

    it('passes when only unlisted properties are invalid', async () => {
      await expect(
        validateEntity(broken(), 'Customer', { properties: ['points'] }),
      ).resolves.toBeUndefined();
    });
  });

  describe('with `isOperator`', () => {
    it('skips properties whose value is an update operator', async () => {
      const entity = customer({ points: new Increment(5) as unknown as number });
      await expect(validateEntity(entity, 'Customer', { isOperator })).resolves.toBeUndefined();
    });

    it('still reports the other violations', async () => {
      const entity = customer({ points: new Increment(5) as unknown as number, name: '' });
      const violations = await violationsOf(
        validateEntity(entity, 'Customer', { isOperator, properties: ['points', 'name'] }),
      );
      expect(violations.map((v) => v.property)).toEqual(['name']);
    });

    it('without it, an operator value is validated like any value', async () => {
      const entity = customer({ points: new Increment(5) as unknown as number });
      const violations = await violationsOf(validateEntity(entity, 'Customer'));
      expect(violations.map((v) => v.property)).toEqual(['points']);
    });

    it('recognises operators on nested properties too', async () => {
      const entity = customer({ address: address(new Increment(1) as unknown as string) });
      await expect(validateEntity(entity, 'Customer', { isOperator })).resolves.toBeUndefined();
      const violations = await violationsOf(validateEntity(entity, 'Customer'));
      expect(violations.map((v) => v.property)).toEqual(['address.city']);
    });
  });
});
