import { get, request, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingMessage['headers'];
  text: string;
}

/** Posts with headers fetch does not let a caller set (Host), and a body given whole. */
export function postRaw(url: string, headers: OutgoingHttpHeaders, body: Buffer | string = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = request(url, { method: 'POST', headers: { 'content-length': Buffer.byteLength(body), ...headers } }, (response) => {
      answered = true;
      readResponse(response).then(resolve, reject);
    });
    failUnlessAnswered(outgoing, () => answered, reject);
    outgoing.end(body);
  });
}

export function getRaw(url: string, headers: OutgoingHttpHeaders): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => void readResponse(response).then(resolve, reject)).on('error', reject);
  });
}

export interface StreamedBody {
  /** Sent first, then `chunk` again and again while no answer has come, up to `maxBytes` in all, then `last`. */
  first?: Buffer;
  chunk: Buffer;
  last?: Buffer;
  maxBytes: number;
}

/**
 * Streams a body a chunk at a time for as long as no answer has come. Tells whether the server answered before the
 * body was complete, and how many bytes had been sent by then.
 */
export function postStreamedBody(
  url: string,
  headers: OutgoingHttpHeaders,
  { first, chunk, last, maxBytes }: StreamedBody,
): Promise<RawResponse & { sentBytes: number; answeredBeforeTheEnd: boolean }> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const outgoing = request(url, { method: 'POST', agent: false, headers: { 'transfer-encoding': 'chunked', ...headers } }, (response) => {
      const answeredBeforeTheEnd = !outgoing.writableEnded;
      answered = true;
      readResponse(response).then((answer) => {
        outgoing.destroy();
        resolve({ ...answer, sentBytes, answeredBeforeTheEnd });
      }, reject);
    });
    failUnlessAnswered(outgoing, () => answered, reject);
    const send = (bytes: Buffer): boolean => {
      sentBytes += bytes.length;
      return outgoing.write(bytes);
    };
    const sendMore = (): void => {
      if (answered || outgoing.destroyed) return;
      if (sentBytes >= maxBytes) {
        outgoing.end(last);
        return;
      }
      if (send(chunk)) setImmediate(sendMore);
      else outgoing.once('drain', sendMore);
    };
    // Nothing is queued before the connection exists: the first chunks would leave together, before any answer.
    outgoing.flushHeaders();
    outgoing.once('socket', (socket) =>
      socket.once('connect', () => {
        if (first) send(first);
        sendMore();
      }),
    );
  });
}

/** The server may answer and cut the connection before taking the whole body: the answer is what counts. */
function failUnlessAnswered(outgoing: ClientRequest, answered: () => boolean, reject: (error: Error) => void): void {
  const onError = (error: Error): void => (answered() ? undefined : reject(error));
  outgoing.on('error', onError);
  outgoing.on('socket', (socket) => socket.on('error', onError));
}

/** The whole answer, also when the connection is cut right after it (as a server does on a body it refuses). */
function readResponse(response: IncomingMessage): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const answer = (): RawResponse => ({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') });
    const complete = (): boolean => Buffer.concat(chunks).length === Number(response.headers['content-length']);
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(answer()));
    response.on('error', (error) => (complete() ? resolve(answer()) : reject(error)));
  });
}
