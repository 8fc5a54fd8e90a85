/** Every error monotable throws extends this class and carries a stable `code`. */
export abstract class MonotableError extends Error {
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
