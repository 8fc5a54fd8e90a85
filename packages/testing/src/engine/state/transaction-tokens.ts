import { EngineError } from '../errors';

const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;

interface Remembered {
  fingerprint: string;
  atMs: number;
  output: Record<string, unknown>;
}

/**
 * ClientRequestToken idempotency for TransactWriteItems: within ten minutes, the same token
 * with the same request returns the first result without applying it again; with a different
 * request it is an IdempotentParameterMismatchException.
 */
export class TransactionTokens {
  private readonly entries = new Map<string, Remembered>();

  /** The remembered output for a repeated request, or undefined for a new one. */
  lookup(token: string, fingerprint: string, nowMs: number): Record<string, unknown> | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (nowMs - entry.atMs > IDEMPOTENCY_WINDOW_MS) {
      this.entries.delete(token);
      return undefined;
    }
    if (entry.fingerprint !== fingerprint) {
      // DynamoDB Local sends no message text for this error.
      throw new EngineError('IdempotentParameterMismatchException', '');
    }
    return entry.output;
  }

  remember(token: string, fingerprint: string, nowMs: number, output: Record<string, unknown>): void {
    // The SDK sends a token with every transaction: forget expired ones so memory stays bounded.
    for (const [oldToken, entry] of this.entries) {
      if (nowMs - entry.atMs <= IDEMPOTENCY_WINDOW_MS) break;
      this.entries.delete(oldToken);
    }
    this.entries.delete(token);
    this.entries.set(token, { fingerprint, atMs: nowMs, output });
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
