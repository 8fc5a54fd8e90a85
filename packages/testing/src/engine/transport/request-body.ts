import type { IncomingMessage } from 'node:http';

/** What `readRequestBody` returns for a body over the limit (it stops reading there). */
export const BODY_TOO_LARGE = Symbol('body too large');

/**
 * The request body as text, or BODY_TOO_LARGE as soon as it is known to exceed `maxBytes`:
 * from its Content-Length before reading anything, otherwise once the bytes read pass the limit,
 * so a huge body is never held in memory. Over the limit the request is paused, not destroyed,
 * so that the connection can still carry the 413. Rejects if the client goes away mid-body.
 */
export function readRequestBody(request: IncomingMessage, maxBytes: number): Promise<string | typeof BODY_TOO_LARGE> {
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(BODY_TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const settle = (settleWith: () => void) => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      settleWith();
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= maxBytes) chunks.push(chunk);
      else {
        settle(() => {
          request.pause();
          resolve(BODY_TOO_LARGE);
        });
      }
    };
    const onEnd = () => settle(() => resolve(Buffer.concat(chunks).toString('utf8')));
    const onError = (error: Error) => settle(() => reject(error));
    const onClose = () => settle(() => reject(new Error('the client closed the connection before sending the whole body')));
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
