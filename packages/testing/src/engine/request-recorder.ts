/** One request the engine answered, as the client sent it. */
export interface RecordedRequest {
  /** The DynamoDB operation name, e.g. 'PutItem'. */
  operation: string;
  /** The JSON input of the request (binary values as base64, as on the wire). */
  params: Record<string, unknown>;
  at: Date;
}

/** Keeps every request in arrival order so tests can assert round trips. */
export class RequestRecorder {
  readonly requests: RecordedRequest[] = [];

  /** `enabled` false keeps nothing, for long-running servers. */
  constructor(private readonly enabled = true) {}

  record(operation: string, params: Record<string, unknown>, at: Date): void {
    if (this.enabled) this.requests.push({ operation, params, at });
  }

  clear(): void {
    this.requests.length = 0;
  }
}
