import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header the page sends its token in (a `token` query parameter works too, for links). */
export const TOKEN_HEADER = 'x-monotable-token';

/** A fresh random token: the studio can write to a real table, so every request must carry it. */
export function createAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * The token a request carries: in the header, or for a GET (the page, a download link) in the
 * `token` query parameter. A write must send the header, which no other site's page can set.
 */
export function requestToken(request: IncomingMessage, url: URL): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  if (fromHeader !== undefined || request.method !== 'GET') return fromHeader;
  return url.searchParams.get('token') ?? undefined;
}

/** Compares in constant time, so the token cannot be guessed one character at a time. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
