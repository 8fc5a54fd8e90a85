import { InvalidExpressionError } from '../invalid-expression-error';
import {
  addToSet,
  append,
  decrement,
  ifNotExists,
  increment,
  prepend,
  remove,
  removeFromSet,
} from './update-operators';
import { UpdateOperator } from './update-operator';

describe('update operators', () => {
  it('are UpdateOperator instances that say which operator they are', () => {
    const operators = [
      increment(1),
      decrement(1),
      append([]),
      prepend([]),
      addToSet(['a']),
      removeFromSet(['a']),
      remove(),
      ifNotExists(0),
    ];
    expect(operators.every((operator) => operator instanceof UpdateOperator)).toBe(true);
    expect(operators.map((operator) => operator.operator)).toEqual([
      'increment',
      'decrement',
      'append',
      'prepend',
      'addToSet',
      'removeFromSet',
      'remove',
      'ifNotExists',
    ]);
  });

  it.each([
    [() => increment(Number.NaN), 'increment() needs a finite number, got NaN'],
    [() => decrement(Infinity), 'decrement() needs a finite number, got Infinity'],
    [() => increment('1' as never), 'increment() needs a finite number, got 1'],
    [() => append('x' as never), 'append() needs an array'],
    [() => prepend(new Set() as never), 'prepend() needs an array'],
    [() => addToSet([]), 'addToSet(): DynamoDB sets cannot be empty'],
    [() => removeFromSet([1, 'a']), 'removeFromSet(): a set holds only strings'],
    [() => ifNotExists(undefined), 'ifNotExists() needs a value'],
  ])('reject bad input right away (%#)', (create, message) => {
    expect(create).toThrow(InvalidExpressionError);
    expect(create).toThrow(message);
  });
});
