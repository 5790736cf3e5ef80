import type { IncomingMessage } from 'node:http';

export type BodyRead = { kind: 'read'; bytes: Buffer } | { kind: 'tooLarge' } | { kind: 'aborted' };

/**
 * Reads a request body into memory, at most `limit` bytes of it: a declared length over the limit is refused before
 * a byte is read, and a body that grows past the limit stops being kept at once (the caller answers 413). The bytes are counted as they arrive, never decoded, so a compressed body cannot grow here.
 */
export function readBoundedBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: BodyRead): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
      req.off('close', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limit) {
        req.pause();
        chunks.length = 0;
        finish({ kind: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ kind: 'read', bytes: Buffer.concat(chunks, received) });
    const onAbort = (): void => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
    req.on('close', onAbort);
  });
}

/**
 * After an answer given before the body was read: the rest of the body is read and dropped, so the client, still
 * sending, gets to read the answer (closing with unread bytes resets the connection, and the answer can be lost
 * with it), and the connection can serve its next request. A body that goes on past `limit` more bytes is cut off.
 * Called before answering, so Node does not start dropping the body itself, without a limit.
 */
export function discardUnreadBody(req: IncomingMessage, limit: number): void {
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > limit) req.socket.destroy();
  });
  req.resume();
}
