/**
 * Where a value of a request comes from: a property of the caller's changes, the time of the
 * call (an @UpdatedAt stamp), the caller's `expectedVersion`, or a constant of the request.
 */
export type ValueSource =
  | { kind: 'change'; property: string }
  /** The amount of an `increment()`/`decrement()` of a top-level property. */
  | { kind: 'amount'; property: string }
  | { kind: 'now'; property: string }
  | { kind: 'expectedVersion' }
  | { kind: 'constant'; value: unknown };

/**
 * A value tagged with its source. The compiler sends the value as usual and the expression
 * context records which placeholder it got, so a compiled request can later be filled in with
 * other inputs of the same shape (update plans) without mirroring the compiler's order.
 */
export class SourcedValue {
  constructor(
    readonly value: unknown,
    readonly source: ValueSource,
  ) {}
}

export function sourced(value: unknown, source: ValueSource): SourcedValue {
  return new SourcedValue(value, source);
}
