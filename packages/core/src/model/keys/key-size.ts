import { KeyTemplateError } from '../errors';

/** DynamoDB's limits on key attribute values, in UTF-8 bytes (tables and indexes alike). */
export const MAX_KEY_BYTES = { partition: 2048, sort: 1024 } as const;

const encoder = new TextEncoder();

/**
 * Refuses a rendered key value over DynamoDB's limit for its role, before anything is sent.
 *
 * @example
 * assertKeySize('CUSTOMER#' + 'x'.repeat(3000), 'partition', 'the partition key of Customer');
 * // KeyTemplateError: the partition key of Customer is 3009 bytes; DynamoDB's limit is 2048 bytes
 */
export function assertKeySize(
  value: string,
  role: keyof typeof MAX_KEY_BYTES,
  describe: string,
): string {
  // A character is at most 4 bytes: short keys need no encoding.
  if (value.length * 4 <= MAX_KEY_BYTES[role]) return value;
  const bytes = encoder.encode(value).length;
  if (bytes > MAX_KEY_BYTES[role]) {
    throw new KeyTemplateError(
      `${describe} is ${bytes} bytes; DynamoDB's limit for a ${role} key is ${MAX_KEY_BYTES[role]} bytes`,
    );
  }
  return value;
}
