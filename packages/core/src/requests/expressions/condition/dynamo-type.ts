import { InvalidExpressionError } from '../invalid-expression-error';

/** DynamoDB's attribute type descriptors, as accepted by attribute_type(). */
export const DYNAMO_TYPES = ['S', 'SS', 'N', 'NS', 'B', 'BS', 'BOOL', 'NULL', 'L', 'M'] as const;

export type DynamoType = (typeof DYNAMO_TYPES)[number];

export function assertDynamoType(type: unknown, subject: string): asserts type is DynamoType {
  if (!(DYNAMO_TYPES as readonly unknown[]).includes(type)) {
    throw new InvalidExpressionError(
      `${subject}: ${JSON.stringify(type)} is not a DynamoDB type. Valid types: ${DYNAMO_TYPES.join(', ')}`,
    );
  }
}
