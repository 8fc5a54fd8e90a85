/**
 * Bounds of the HTTP server, so that a broken or hostile client cannot hold memory or a
 * connection for ever.
 */
export interface HttpServerLimits {
  /**
   * The largest request body accepted, in bytes; a larger one is answered 413. Default 16 MiB:
   * DynamoDB documents no limit for the HTTP body itself, but its largest requests
   * (BatchWriteItem) may carry at most 16 MB.
   */
  maxBodyBytes?: number;
  /** How long a client may take to send a request's headers before the connection is closed (408). Default 10 s. */
  headersTimeoutMs?: number;
  /** How long a client may take to send a whole request, headers and body (408 after that). Default 60 s. */
  requestTimeoutMs?: number;
}

export const DEFAULT_SERVER_LIMITS: Required<HttpServerLimits> = {
  maxBodyBytes: 16 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
};

/** The limits with defaults filled in; Node refuses a headers timeout longer than the request timeout. */
export function resolveServerLimits(limits: HttpServerLimits): Required<HttpServerLimits> {
  const resolved = { ...DEFAULT_SERVER_LIMITS, ...withoutUndefined(limits) };
  return { ...resolved, headersTimeoutMs: Math.min(resolved.headersTimeoutMs, resolved.requestTimeoutMs) };
}

function withoutUndefined(limits: HttpServerLimits): HttpServerLimits {
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}
