/** UTF-8 text → base64url without padding. */
export function encodeBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/**
 * base64url → bytes, or `undefined` when `encoded` is not canonical base64url. Node's decoder
 * silently skips foreign characters and stray bits; a cursor must not decode "mostly".
 */
export function decodeBase64UrlBytes(encoded: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return undefined;
  const bytes = Buffer.from(encoded, 'base64url');
  return bytes.toString('base64url') === encoded ? bytes : undefined;
}
