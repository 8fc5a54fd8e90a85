import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { messageField } from './wire-protocol';

const CONTENT_TYPE = 'application/x-amz-json-1.0';

/** The status and DynamoDB-style error body for an HTTP-level failure Node detected. */
function describe(error: NodeJS.ErrnoException): { status: number; type: string; message: string } {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return {
      status: 408,
      type: 'com.amazon.coral.service#RequestTimeoutException',
      message: 'The request was not received in full within the time allowed',
    };
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      type: 'com.amazon.coral.service#SerializationException',
      message: 'The request headers are too large',
    };
  }
  return {
    status: 400,
    type: 'com.amazon.coral.service#SerializationException',
    message: 'The request is not valid HTTP',
  };
}

/**
 * Answers what Node's HTTP parser refuses before a request reaches the engine (headers or body
 * not received in time, malformed HTTP) the way every other error is answered: a JSON body
 * with `__type` and its message, then the connection is closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const responseStarted = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (!socket.writable || responseStarted) {
    socket.destroy();
    return;
  }
  const { status, type, message } = describe(error);
  const body = JSON.stringify({ __type: type, [messageField(type)]: message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      `Content-Type: ${CONTENT_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
