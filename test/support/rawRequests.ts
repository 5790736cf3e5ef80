import { get, request, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';

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
    // The server may answer and close before taking the whole body: the answer is what counts.
    outgoing.on('error', (error) => (answered ? undefined : reject(error)));
    outgoing.end(body);
  });
}

export function getRaw(url: string, headers: OutgoingHttpHeaders): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => readResponse(response).then(resolve, reject)).on('error', reject);
  });
}

/**
 * Streams a body a chunk at a time for as long as no answer has come, up to `maxBytes`, then ends it. Tells whether
 * the server answered before the body was complete, and how many bytes had been sent by then.
 */
export function postStreamedBody(
  url: string,
  headers: OutgoingHttpHeaders,
  chunk: Buffer,
  maxBytes: number,
): Promise<RawResponse & { sentBytes: number; answeredBeforeTheEnd: boolean }> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const outgoing = request(url, { method: 'POST', headers: { 'transfer-encoding': 'chunked', ...headers } }, (response) => {
      const answeredBeforeTheEnd = !outgoing.writableEnded;
      answered = true;
      readResponse(response).then((answer) => {
        outgoing.destroy();
        resolve({ ...answer, sentBytes, answeredBeforeTheEnd });
      }, reject);
    });
    outgoing.on('error', (error) => (answered ? undefined : reject(error)));
    const sendMore = (): void => {
      if (answered || outgoing.destroyed) return;
      if (sentBytes >= maxBytes) {
        outgoing.end();
        return;
      }
      sentBytes += chunk.length;
      if (outgoing.write(chunk)) setImmediate(sendMore);
      else outgoing.once('drain', sendMore);
    };
    sendMore();
  });
}

async function readResponse(response: IncomingMessage): Promise<RawResponse> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return { status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') };
}
