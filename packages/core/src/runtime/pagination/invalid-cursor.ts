import { InvalidCursorError } from '../../model/errors/errors';

/** An InvalidCursorError that says what was wrong and what to do instead. */
export function invalidCursor(reason: string): InvalidCursorError {
  return new InvalidCursorError(
    `Invalid pagination cursor: ${reason}. Pass the cursor returned by the previous page of the same query, unchanged`,
  );
}
