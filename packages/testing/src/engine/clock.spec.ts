import { EngineClock } from './clock';

describe('EngineClock', () => {
  it('follows its source plus any advance, and can jump to a time', () => {
    let source = 1_000;
    const clock = new EngineClock(() => source);
    clock.advance(500);
    expect(clock.nowMs()).toBe(1_500);
    source = 2_000;
    expect(clock.now()).toEqual(new Date(2_500));
    clock.set(new Date(10_000));
    expect(clock.nowMs()).toBe(10_000);
  });
});
