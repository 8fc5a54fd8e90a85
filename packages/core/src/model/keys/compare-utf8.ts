/**
 * Orders strings the way DynamoDB orders string keys: by their UTF-8 bytes (which differs from
 * JavaScript's UTF-16 comparison for characters outside the Basic Multilingual Plane).
 */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
