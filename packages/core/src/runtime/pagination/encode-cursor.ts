import { encodeBase64Url } from './base64url';
import { keyToCursorJson } from './cursor-key-values';
import { assertUsableSecret } from './cursor-secret';
import { signCursorPayload } from './cursor-signature';

/**
 * The opaque cursor a query page hands out: base64url of `{ k: lastKey, q: fingerprint }`,
 * followed by `.` and an HMAC-SHA256 signature when a secret is given. The fingerprint
 * (e.g. entity + index + partition value) binds the cursor to the query that produced it.
 *
 * @example
 * const cursor = encodeCursor(page.LastEvaluatedKey, 'Order|main|CUSTOMER#42', secret);
 */
export function encodeCursor(
  lastKey: Record<string, unknown>,
  fingerprint: string,
  secret?: string,
): string {
  assertUsableSecret(secret);
  const payload = encodeBase64Url(JSON.stringify({ k: keyToCursorJson(lastKey), q: fingerprint }));
  return secret === undefined ? payload : `${payload}.${signCursorPayload(payload, secret)}`;
}
