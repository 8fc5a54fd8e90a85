import { createAccessToken, tokenMatches } from './access-token';

describe('access token', () => {
  it('is random and URL-safe', () => {
    const token = createAccessToken();
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(createAccessToken()).not.toBe(token);
  });

  it('matches only itself', () => {
    const token = createAccessToken();
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(token, undefined)).toBe(false);
    expect(tokenMatches(token, '')).toBe(false);
    expect(tokenMatches(token, `${token}x`)).toBe(false);
    expect(
      tokenMatches(
        token,
        token.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')),
      ),
    ).toBe(false);
  });
});
