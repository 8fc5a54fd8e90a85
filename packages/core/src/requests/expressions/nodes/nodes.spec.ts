import { InvalidExpressionError } from '../invalid-expression-error';
import {
  createAndNode,
  createComparisonNode,
  createFunctionNode,
  createInNode,
  createListAppendAction,
  createPathOperand,
  createSetAction,
  createValueOperand,
} from '.';

describe('expression nodes', () => {
  it('are frozen, and copy the arrays they are given', () => {
    const path = ['addr', 'city'];
    const operand = createPathOperand(path);
    path.push('changed');
    expect(operand.path).toEqual(['addr', 'city']);
    expect(Object.isFrozen(operand)).toBe(true);
    expect(Object.isFrozen(operand.path)).toBe(true);

    const leaf = createComparisonNode(operand, '=', createValueOperand('Oslo'));
    const children = [leaf];
    const and = createAndNode(children);
    children.push(leaf);
    expect(and.conditions).toHaveLength(1);
    expect(Object.isFrozen(and)).toBe(true);
    expect(() => (and.conditions as unknown[]).push(leaf)).toThrow(TypeError);
  });

  it('never freeze the user values they carry', () => {
    const value = { city: 'Oslo' };
    createSetAction(['addr'], value);
    expect(Object.isFrozen(value)).toBe(false);
    const elements = [{ sku: 'a' }];
    const action = createListAppendAction(['lines'], 'end', elements);
    expect(Object.isFrozen(elements)).toBe(false);
    expect(action.elements).toEqual(elements);
  });

  it('leaves the argument out of argument-less functions', () => {
    expect(createFunctionNode('attribute_exists', createPathOperand(['a']))).toEqual({
      kind: 'function',
      name: 'attribute_exists',
      path: { kind: 'path', path: ['a'] },
    });
  });

  it('validate paths and IN operand counts when built', () => {
    expect(() => createPathOperand([])).toThrow(InvalidExpressionError);
    const many = Array.from({ length: 101 }, (_, i) => createValueOperand(i));
    expect(() => createInNode(createPathOperand(['a']), many)).toThrow(/at most 100/);
    expect(() => createInNode(createPathOperand(['a']), [])).toThrow(/at least one value/);
  });
});
