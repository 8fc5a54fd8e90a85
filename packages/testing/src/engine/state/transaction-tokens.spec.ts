import { TransactionTokens } from './transaction-tokens';

describe('TransactionTokens', () => {
  it('replays within ten minutes, refuses a different request, forgets after', () => {
    const tokens = new TransactionTokens();
    tokens.remember('t', 'request-a', 0, { done: true });
    expect(tokens.lookup('t', 'request-a', 60_000)).toEqual({ done: true });
    let error: unknown;
    try {
      tokens.lookup('t', 'request-b', 60_000);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ type: 'IdempotentParameterMismatchException' });
    expect(tokens.lookup('t', 'request-b', 11 * 60_000)).toBeUndefined();
  });

  it('drops expired tokens as new ones arrive', () => {
    const tokens = new TransactionTokens();
    tokens.remember('old', 'a', 0, {});
    tokens.remember('new', 'b', 11 * 60_000, {});
    expect(tokens.size).toBe(1);
  });
});
