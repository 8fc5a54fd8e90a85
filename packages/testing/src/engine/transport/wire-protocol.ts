import { EngineError, validationError } from '../errors';
import { checkRequestShape } from '../shapes';
import { STREAM_OPERATIONS } from '../streams/operations';
import { nestsDeeperThan } from './json-depth';

/** What the engine sends back for one request, independent of how it travels. */
export interface WireResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  /**
   * The unexpected error (an engine bug) behind a 500. The body only says "Internal server
   * error": the HTTP server logs this instead of sending it, the in-process client shows it.
   */
  internalError?: unknown;
}

/** Runs one operation on already-parsed JSON input and returns the JSON output. */
export type OperationRunner = (operation: string, input: Record<string, unknown>) => unknown;

const TARGET_PREFIX = 'DynamoDB_20120810.';
// DynamoDB Streams is another service on the same endpoint (as DynamoDB Local serves it).
const STREAMS_TARGET_PREFIX = 'DynamoDBStreams_20120810.';
const CONTENT_TYPE = 'application/x-amz-json-1.0';

// DynamoDB's service errors live in its own namespace; the protocol-level ones in Coral's, and
// validation errors in Coral's validation namespace (as DynamoDB Local answers every one).
const ERROR_NAMESPACES: Partial<Record<string, string>> = {
  UnknownOperationException: 'com.amazon.coral.service',
  SerializationException: 'com.amazon.coral.service',
  ThrottlingException: 'com.amazon.coral.availability',
  ValidationException: 'com.amazon.coral.validate',
};
const DYNAMODB_NAMESPACE = 'com.amazonaws.dynamodb.v20120810';
const INTERNAL_ERROR_TYPE = `${DYNAMODB_NAMESPACE}#InternalServerError`;
const INTERNAL_ERROR_MESSAGE = 'Internal server error';
/**
 * The deepest JSON nesting a request may have. The deepest valid request (an item nested 32
 * levels, DynamoDB's limit, inside TransactWriteItems) is about 70; the margin lets such items
 * still get DynamoDB's own nesting error, and anything deeper is refused before the engine's
 * recursive walks see it.
 */
export const MAX_REQUEST_NESTING = 100;
// DynamoDB capitalises the message field of a few error bodies: Coral's validation and
// serialization errors, and the transaction cancellation.
const CAPITALISED_MESSAGE = new Set(['TransactionCanceledException', 'ValidationException', 'SerializationException']);

/** The error body's message member: `Message` or `message`, by the error's type (short or namespaced). */
export function messageField(type: string): 'Message' | 'message' {
  return CAPITALISED_MESSAGE.has(type.slice(type.indexOf('#') + 1)) ? 'Message' : 'message';
}

let requestCounter = 0;

/**
 * Answers one DynamoDB (or DynamoDB Streams) JSON-protocol request (`x-amz-target` + JSON body) the way the service
 * does: 200 with the output, or 400 with `__type` and message. Shared by the in-process SDK
 * handler and the HTTP server so that both behave identically. The operation sees the body as
 * DynamoDB deserializes it: members of the wrong JSON type refused, null members left out.
 */
export function answerJsonRequest(run: OperationRunner, target: string | undefined, body: string): WireResponse {
  try {
    const operation = parseTarget(target);
    const input = checkRequestShape(operation, parseBody(body));
    return respond(200, run(operation, input) ?? {});
  } catch (error) {
    return respondWithError(error);
  }
}

/** The operation a target names: a DynamoDB one, or a DynamoDB Streams one under its own prefix. */
function parseTarget(target: string | undefined): string {
  if (target?.startsWith(STREAMS_TARGET_PREFIX)) {
    const operation = target.slice(STREAMS_TARGET_PREFIX.length);
    if (STREAM_OPERATIONS.has(operation)) return operation;
  } else if (target?.startsWith(TARGET_PREFIX)) {
    const operation = target.slice(TARGET_PREFIX.length);
    if (operation !== '' && !STREAM_OPERATIONS.has(operation)) return operation;
  }
  throw new EngineError('UnknownOperationException', 'An unknown operation was requested.');
}

function parseBody(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new EngineError('SerializationException', 'Start of structure or map found where not expected.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new EngineError('SerializationException', 'Start of structure or map found where not expected.');
  }
  if (nestsDeeperThan(parsed, MAX_REQUEST_NESTING)) {
    throw validationError(`Nesting Levels have exceeded supported limits: the request nests more than ${MAX_REQUEST_NESTING} levels deep`);
  }
  return parsed as Record<string, unknown>;
}

function respond(statusCode: number, payload: unknown): WireResponse {
  const body = JSON.stringify(payload);
  requestCounter += 1;
  return {
    statusCode,
    headers: {
      'content-type': CONTENT_TYPE,
      'content-length': String(Buffer.byteLength(body)),
      'x-amzn-requestid': `MEMORY${String(requestCounter).padStart(20, '0')}`,
    },
    body,
  };
}

/** A DynamoDB-style error answer made outside the engine (e.g. by the HTTP server). */
export function errorResponse(statusCode: number, type: string, message: string): WireResponse {
  return respond(statusCode, { __type: type, [messageField(type)]: message });
}

/** The 500 for an unexpected error: DynamoDB's type and a message that reveals nothing. */
export function internalErrorResponse(error: unknown): WireResponse {
  return { ...errorResponse(500, INTERNAL_ERROR_TYPE, INTERNAL_ERROR_MESSAGE), internalError: error };
}

/**
 * The same 500 with the bug's message and stack in its body, for the in-process client: the
 * test that hit the bug runs in this process, so there is nothing to hide from it.
 */
export function withInternalErrorDetails(response: WireResponse): WireResponse {
  const error = response.internalError;
  if (error === undefined) return response;
  const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  const body = JSON.stringify({ __type: INTERNAL_ERROR_TYPE, message });
  return { ...response, body, headers: { ...response.headers, 'content-length': String(Buffer.byteLength(body)) } };
}

function respondWithError(error: unknown): WireResponse {
  if (error instanceof EngineError) {
    const namespace = ERROR_NAMESPACES[error.type] ?? DYNAMODB_NAMESPACE;
    return respond(error.statusCode, {
      __type: `${namespace}#${error.type}`,
      ...error.extra,
      [messageField(error.type)]: error.message,
    });
  }
  // A bug in the engine: DynamoDB's 500, with the cause kept aside for whoever may see it.
  return internalErrorResponse(error);
}
