/** What an engine answered, reduced to what the fuzz test compares. */
export interface JsonAnswer {
  status: number;
  /** The error's `__type`, for an error. */
  type?: string;
  message?: string;
}

/**
 * POSTs `body` as exactly this JSON to a DynamoDB endpoint (signed with a dummy key, which is
 * all DynamoDB Local asks) and reads the status and error type of the answer.
 */
export async function sendJson(
  endpoint: string,
  operation: string,
  body: unknown,
): Promise<JsonAnswer> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'x-amz-target': `DynamoDB_20120810.${operation}`,
      'content-type': 'application/x-amz-json-1.0',
      authorization:
        'AWS4-HMAC-SHA256 Credential=fuzz/20240101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status === 200) return { status: 200 };
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { status: response.status, message: text.slice(0, 200) };
  }
  return {
    status: response.status,
    type: typeof parsed.__type === 'string' ? parsed.__type : undefined,
    message: String(parsed.message ?? parsed.Message ?? ''),
  };
}
