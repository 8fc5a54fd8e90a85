import { ConstraintCheck } from './constraints';

describe('ConstraintCheck', () => {
  it('reports one violation the way DynamoDB does', () => {
    expect(() => new ConstraintCheck().resourceName('ab', 'tableName').throwIfInvalid()).toThrow(
      "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    );
  });

  it('joins several violations', () => {
    expect(() => new ConstraintCheck().notNull(undefined, 'tableName').range(0, 'limit', 1).throwIfInvalid()).toThrow(
      "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; " +
        "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });
});
