import { StudioRequestError } from './http-io';

/** A grid page's position (DynamoDB's LastEvaluatedKey) as an opaque URL-safe string. */
export function encodePageCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

export function decodePageCursor(cursor: string | null): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (key && typeof key === 'object' && !Array.isArray(key)) return key;
  } catch {
    // answered below
  }
  throw new StudioRequestError(400, 'INVALID_CURSOR', 'The cursor is not one this studio gave out');
}
