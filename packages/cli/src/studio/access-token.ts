import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header the page sends its token in (a `token` query parameter works too, for links). */
export const TOKEN_HEADER = 'x-monotable-token';

/** A fresh random token: the studio can write to a real table, so every request must carry it. */
export function createAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The token a request carries, from the header or the `token` query parameter. */
export function requestToken(request: IncomingMessage, url: URL): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  return (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('token') ?? undefined;
}

/** Compares in constant time, so the token cannot be guessed one character at a time. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
