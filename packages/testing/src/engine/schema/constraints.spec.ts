import { ConstraintCheck } from './constraints';

describe('ConstraintCheck', () => {
  it('reports one violation the way DynamoDB does', () => {
    expect(() => new ConstraintCheck().range(0, 'limit', 1).throwIfInvalid()).toThrow(
      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it('refuses a bad table name with DynamoDB Local\'s message', () => {
    expect(() => new ConstraintCheck().resourceName('ab')).toThrow(/^Invalid table\/index name/);
  });

  it('joins several violations', () => {
    expect(() => new ConstraintCheck().notNull(undefined, 'tableName').range(0, 'limit', 1).throwIfInvalid()).toThrow(
      "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; " +
        "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });
});
