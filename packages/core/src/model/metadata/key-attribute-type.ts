import type { KeyAttributeType } from '../table/index-key-attributes';
import type { AttributeMetadata } from './types';

/**
 * The DynamoDB type an attribute is stored as, when that type can be a key (S, N or B):
 * strings and dates (ISO-8601 text) are S, numbers and time-to-live dates (epoch seconds) N,
 * binary B. Undefined for every other type (booleans, maps, lists, sets, 'any').
 */
export function keyAttributeType(attribute: AttributeMetadata): KeyAttributeType | undefined {
  switch (attribute.type) {
    case 'string':
      return 'S';
    case 'date':
      return attribute.role === 'ttl' ? 'N' : 'S';
    case 'number':
      return 'N';
    case 'binary':
      return 'B';
    default:
      return undefined;
  }
}
