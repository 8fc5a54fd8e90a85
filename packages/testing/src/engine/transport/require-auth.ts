import type { IncomingHttpHeaders } from 'node:http';
import { errorResponse, type WireResponse } from './wire-protocol';

/** `AWS4-HMAC-SHA256 Credential=AKID/20261205/us-east-1/dynamodb/aws4_request, ...` → AKID. */
const CREDENTIAL = /^AWS4-HMAC-SHA256\s+Credential=([^/\s,]+)\//;

/**
 * With `--require-auth`, a request must carry a SigV4 Authorization header naming one of the
 * configured access keys, answered as DynamoDB answers a request without one or with an
 * unknown key. The signature itself is not verified: this keeps stray clients out of a shared
 * endpoint, it is not a security boundary. Undefined when the request may go on.
 */
export function refuseUnauthenticated(
  headers: IncomingHttpHeaders,
  accessKeyIds: ReadonlySet<string>,
): WireResponse | undefined {
  const header = headers.authorization;
  const match = typeof header === 'string' ? CREDENTIAL.exec(header) : null;
  if (!match) {
    return errorResponse(
      400,
      'com.amazon.coral.service#MissingAuthenticationTokenException',
      'Request is missing Authentication Token',
    );
  }
  if (!accessKeyIds.has(match[1])) {
    return errorResponse(
      400,
      'com.amazon.coral.service#UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  }
  return undefined;
}
