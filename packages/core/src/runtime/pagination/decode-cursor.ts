import { decodeBase64UrlBytes } from './base64url';
import { keyFromCursorJson } from './cursor-key-values';
import { assertUsableSecret } from './cursor-secret';
import { isCursorSignatureValid } from './cursor-signature';
import { invalidCursor } from './invalid-cursor';

/**
 * The ExclusiveStartKey of a cursor made by `encodeCursor` for the same query. Throws
 * InvalidCursorError when the cursor is malformed, altered, signed when it should not be (or
 * the other way round), or was produced by another query.
 *
 * @example
 * const ExclusiveStartKey = decodeCursor(options.cursor, 'Order|main|CUSTOMER#42', secret);
 */
export function decodeCursor(
  cursor: string,
  fingerprint: string,
  secret?: string,
  /** The key attributes a start key of this query holds: anything else is refused. */
  keyAttributes?: readonly string[],
): Record<string, unknown> {
  assertUsableSecret(secret);
  if (typeof cursor !== 'string' || cursor.length === 0) throw invalidCursor('it is empty');
  const parts = cursor.split('.');
  if (parts.length > 2) throw invalidCursor('it is not a monotable cursor');
  const [payload, signature] = parts;

  if (secret !== undefined) {
    if (signature === undefined)
      throw invalidCursor('it is not signed, but cursors must be signed here');
    if (!isCursorSignatureValid(payload, signature, secret)) {
      throw invalidCursor(
        'its signature does not match: it was altered, or signed with another secret',
      );
    }
  } else if (signature !== undefined) {
    throw invalidCursor('it is signed, but no cursor secret is configured to verify it');
  }

  const { k, q } = parsePayload(payload);
  if (q !== fingerprint) throw invalidCursor('this cursor belongs to another query');
  const key = keyFromCursorJson(k);
  if (keyAttributes) assertKeyShape(key, keyAttributes);
  return key;
}

/** A start key holds exactly the query's key attributes, each a string, number or binary. */
function assertKeyShape(key: Record<string, unknown>, keyAttributes: readonly string[]): void {
  const names = Object.keys(key);
  const expected = new Set(keyAttributes);
  if (names.length !== expected.size || names.some((name) => !expected.has(name))) {
    throw invalidCursor(
      `its start key does not hold exactly the key attributes ${keyAttributes.join(', ')}`,
    );
  }
  for (const value of Object.values(key)) {
    const keyValue =
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'bigint' ||
      ArrayBuffer.isView(value) ||
      (typeof value === 'object' && value?.constructor?.name === 'NumberValue');
    if (!keyValue) throw invalidCursor('its start key holds a value no key can have');
  }
}

function parsePayload(payload: string): { k: unknown; q: unknown } {
  const bytes = decodeBase64UrlBytes(payload);
  if (bytes === undefined) throw invalidCursor('it is not base64url');
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw invalidCursor('it does not decode to JSON');
  }
  if (
    json === null ||
    typeof json !== 'object' ||
    Array.isArray(json) ||
    Object.keys(json).sort().join(',') !== 'k,q' ||
    typeof (json as { q: unknown }).q !== 'string'
  ) {
    throw invalidCursor('it does not have the shape of a cursor');
  }
  return json as { k: unknown; q: unknown };
}
