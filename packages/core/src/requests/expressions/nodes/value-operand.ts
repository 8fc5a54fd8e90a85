/** A literal value, always sent through an ExpressionAttributeValues placeholder. */
export interface ValueOperand {
  readonly kind: 'value';
  /** The stored form (already converted by the resolver); never frozen, it is the caller's. */
  readonly value: unknown;
}

export function createValueOperand(value: unknown): ValueOperand {
  return Object.freeze({ kind: 'value', value });
}
