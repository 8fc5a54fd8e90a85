import { createHmac, timingSafeEqual } from 'node:crypto';
import { decodeBase64UrlBytes } from './base64url';

/** HMAC-SHA256 of the cursor payload, base64url. */
export function signCursorPayload(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Whether `signature` is the payload's HMAC under `secret`, compared in constant time. */
export function isCursorSignatureValid(
  payload: string,
  signature: string,
  secret: string,
): boolean {
  const given = decodeBase64UrlBytes(signature);
  const expected = createHmac('sha256', secret).update(payload).digest();
  return (
    given !== undefined && given.length === expected.length && timingSafeEqual(given, expected)
  );
}
