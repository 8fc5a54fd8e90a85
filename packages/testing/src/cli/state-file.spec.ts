import { DebouncedSaver } from './state-file';

describe('DebouncedSaver', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves once for a burst of writes, and at once on flush', () => {
    const save = jest.fn();
    const saver = new DebouncedSaver(save, 100);
    saver.schedule();
    saver.schedule();
    jest.advanceTimersByTime(100);
    expect(save).toHaveBeenCalledTimes(1);
    saver.schedule();
    saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    jest.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
