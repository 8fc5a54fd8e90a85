import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { invalidProperty } from './invalid-property';

/** Ids become key segments ('CUSTOMER#{id}'), where '#' separates segments. */
const KEY_SEGMENT = /^[^#]{1,100}$/;

/**
 * Checks a path parameter that ends up in a DynamoDB key: 1–100 characters, no '#'. Without it
 * monotable would refuse the key with a KeyTemplateError, a server error.
 *
 * @example find(@Param('id', KeySegmentPipe) id: string)
 */
@Injectable()
export class KeySegmentPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && KEY_SEGMENT.test(value)) return value;
    const property = metadata.data ?? 'parameter';
    throw invalidProperty(
      property,
      'keySegment',
      `${property} must be 1 to 100 characters without '#'`,
    );
  }
}
