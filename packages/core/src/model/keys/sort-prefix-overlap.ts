import type { AttributeMetadata, EntityKeyTemplates } from '../metadata/types';
import { keyTemplatesCanCollide } from './key-overlap';
import { keySegments } from './key-segments';

/** Key templates of one entity in the table or one index, with its attributes. */
export interface TemplatesOf {
  templates: EntityKeyTemplates;
  attributes: Map<string, AttributeMetadata>;
}

/**
 * Whether a Query for one entity's items (begins_with its sort key's leading literals) can also
 * read another entity's items in the same partition: nested sort keys such as 'ORDER#{id}' and
 * 'ORDER#{orderId}#LINE#{sku}', or a sort key starting with a slot. The entity-type filter then
 * discards items, so DynamoDB's Limit cannot be the page size.
 */
export function sortPrefixIsShared(own: TemplatesOf, others: readonly TemplatesOf[]): boolean {
  const sk = own.templates.sk;
  if (!sk || sk.slots.length === 0) return false; // a literal sort key is read with '='
  const segments = keySegments(sk);
  const leading = segments.slice(
    0,
    segments.findIndex((segment) => segment.kind === 'slot'),
  );
  return others.some((other) => {
    if (other.templates === own.templates || !other.templates.sk) return false;
    if (
      !keyTemplatesCanCollide(
        own.templates.pk,
        own.attributes,
        other.templates.pk,
        other.attributes,
      )
    ) {
      return false;
    }
    const otherSegments = keySegments(other.templates.sk);
    return (
      otherSegments.length > leading.length &&
      leading.every((segment, index) => {
        const facing = otherSegments[index];
        return (
          facing.kind === 'slot' || (segment.kind === 'literal' && facing.value === segment.value)
        );
      })
    );
  });
}
