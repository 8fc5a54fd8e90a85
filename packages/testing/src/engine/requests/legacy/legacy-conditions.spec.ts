import { evaluateCondition } from '../../expressions';
import { conditionsToCondition, expectedToCondition } from './legacy-conditions';

const item = { a: { N: '5' }, s: { S: 'hello' } };

describe('legacy conditions', () => {
  it('turns Expected into a condition tree', () => {
    expect(evaluateCondition(expectedToCondition({ a: { Value: { N: '5' } } }, undefined), item)).toBe(true);
    expect(evaluateCondition(expectedToCondition({ a: { Exists: false } }, undefined), item)).toBe(false);
    expect(evaluateCondition(expectedToCondition({ a: { Exists: false }, s: { Value: { S: 'hello' } } }, 'OR'), item)).toBe(true);
  });

  it('turns ComparisonOperator conditions into a condition tree', () => {
    const holds = (conditions: Parameters<typeof conditionsToCondition>[0]) => evaluateCondition(conditionsToCondition(conditions), item);
    expect(holds({ a: { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ N: '1' }, { N: '5' }] } })).toBe(true);
    expect(holds({ s: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [{ S: 'he' }] } })).toBe(true);
    expect(holds({ missing: { ComparisonOperator: 'NULL' } })).toBe(true);
    expect(holds({ a: { ComparisonOperator: 'IN', AttributeValueList: [{ N: '1' }, { N: '2' }] } })).toBe(false);
  });

  it('refuses a wrong number of arguments', () => {
    expect(() => conditionsToCondition({ a: { ComparisonOperator: 'EQ', AttributeValueList: [] } })).toThrow(
      'One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator',
    );
  });
});
