import { factsOf } from '../entity-model';
import { KeyTemplateError } from '../errors';
import type { EntityMetadata } from '../metadata/types';
import { attributeValueSize } from '../size/attribute-value-size';
import { joinWords } from './join-words';
import { MAX_KEY_BYTES } from './key-size';

const isEmpty = (value: unknown) =>
  value === '' || (ArrayBuffer.isView(value) && value.byteLength === 0);

function propertyStoredAs(meta: EntityMetadata, attributeName: string): string {
  for (const attribute of meta.attributes.values()) {
    if (attribute.attributeName === attributeName) return attribute.propertyName;
  }
  return attributeName;
}

/**
 * Leaves out of a stored item the `null` values of multi-attribute index key attributes:
 * DynamoDB refuses NULL there, and a key attribute without a value keeps the item out of the
 * index, as an absent one does.
 */
export function dropNullIndexKeyValues(meta: EntityMetadata, item: Record<string, unknown>): void {
  for (const key of factsOf(meta).multiAttributeKeys) {
    for (const name of key.attributes) if (item[name] === null) delete item[name];
  }
}

/**
 * Refuses, before sending, the values of multi-attribute index key attributes that DynamoDB
 * would refuse: an empty string or binary, and (for a whole item) partition or sort key
 * attributes over DynamoDB's limit together (2048 and 1024 bytes). `stored` holds stored values
 * by attribute name: a whole item, or (`partial`) the attributes an update sets.
 *
 * @example
 * assertIndexKeyValues(taskMeta, { orgId: 'o1', status: '' })
 * // KeyTemplateError: Task.status is an empty string, which DynamoDB refuses in key attribute status of index byStatus ...
 */
export function assertIndexKeyValues(
  meta: EntityMetadata,
  stored: Record<string, unknown>,
  partial = false,
): void {
  for (const { index, role, attributes } of factsOf(meta).multiAttributeKeys) {
    const present = attributes.filter(
      (name) => stored[name] !== undefined && stored[name] !== null,
    );
    for (const name of present) {
      if (!isEmpty(stored[name])) continue;
      throw new KeyTemplateError(
        `${meta.name}.${propertyStoredAs(meta, name)} is an empty ${typeof stored[name] === 'string' ? 'string' : 'binary'}, ` +
          `which DynamoDB refuses in key attribute ${name} of index ${index}; leave it out to keep the item out of the index`,
      );
    }
    const measured = partial ? present.map((name) => [name]) : [present];
    for (const names of measured) {
      const bytes = names.reduce((total, name) => total + attributeValueSize(stored[name]), 0);
      if (bytes <= MAX_KEY_BYTES[role]) continue;
      throw new KeyTemplateError(
        `The ${role} key attribute${names.length > 1 ? 's' : ''} ${joinWords(names)} of ${meta.name} in index ${index} ` +
          `${names.length > 1 ? 'are' : 'is'} ${bytes} bytes${names.length > 1 ? ' together' : ''}; DynamoDB's limit for a ${role} key is ${MAX_KEY_BYTES[role]} bytes`,
      );
    }
  }
}
