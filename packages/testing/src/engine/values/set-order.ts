import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { compareNumbers } from './numbers';

/**
 * DynamoDB does not promise any order for set elements; DynamoDB Local returns them sorted
 * (SS by Java string order, i.e. UTF-16 code units; NS numerically; BS by signed bytes). The
 * engine stores sets in that order so results compare equal to DynamoDB Local's.
 */
export function sortSetElements<T extends AttributeValue>(value: T): T {
  if (value.SS) return { SS: [...value.SS].sort(compareUtf16) } as T;
  if (value.NS) return { NS: [...value.NS].sort(compareNumbers) } as T;
  if (value.BS) return { BS: [...value.BS].sort(compareSignedBytes) } as T;
  return value;
}

function compareUtf16(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareSignedBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const byteA = (a[i] << 24) >> 24;
    const byteB = (b[i] << 24) >> 24;
    if (byteA !== byteB) return byteA < byteB ? -1 : 1;
  }
  return a.length - b.length;
}
