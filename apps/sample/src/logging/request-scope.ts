import { AsyncLocalStorage } from 'node:async_hooks';
import type { Response } from 'express';

/** Header telling the client how many DynamoDB requests its HTTP request cost. */
export const REQUESTS_HEADER = 'X-DynamoDB-Requests';
/** Header listing those DynamoDB operations in order, e.g. `BatchGetItem, TransactWriteItems`. */
export const OPERATIONS_HEADER = 'X-DynamoDB-Operations';

/**
 * The DynamoDB requests made while serving one HTTP request. The counts go into response
 * headers as they happen, so every response (errors too) reports what it cost.
 */
export class RequestScope {
  readonly operations: string[] = [];

  constructor(private readonly response: Response) {
    this.publish();
  }

  record(operation: string): void {
    this.operations.push(operation);
    this.publish();
  }

  private publish(): void {
    if (this.response.headersSent) return;
    this.response.setHeader(REQUESTS_HEADER, String(this.operations.length));
    this.response.setHeader(OPERATIONS_HEADER, this.operations.join(', '));
  }
}

/** The scope of the HTTP request being served, if any (startup and seeding have none). */
export const requestScopes = new AsyncLocalStorage<RequestScope>();
