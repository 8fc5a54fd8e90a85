import { operationHandlers } from '../operations';
import { REQUEST_SHAPES } from './request-shapes';

describe('REQUEST_SHAPES', () => {
  it('has the shape of every operation the engine serves, and of no other', () => {
    expect([...REQUEST_SHAPES.keys()].sort()).toEqual(Object.keys(operationHandlers).sort());
  });
});
