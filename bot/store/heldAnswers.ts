import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { pathSegments } from './masterKeySignature';
import { changesOf, type StoreChange } from './storeChanges';

export interface RequestGate {
  /** A reason to answer the request at once, before the store sees it; undefined lets it through. */
  refusal(request: IncomingMessage): { statusCode: number; code: string; message: string } | undefined;
  /**
   * What a write changed, before its answer leaves: the answer waits until the promise settles, and a rejection turns
   * it into a 500 (the change may or may not last). Undefined releases the answer at once.
   */
  recorded(changes: StoreChange[]): Promise<void> | undefined;
  onError(error: unknown): void;
}

/**
 * Puts the gate in front of the Cosmos-compatible server's own request handler: refused requests never reach it, and
 * the answer to a write is held until the gate has recorded what the server did.
 */
export function gateRequests(server: Server, gate: RequestGate): void {
  const storeHandlers = server.listeners('request') as Array<(request: IncomingMessage, response: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const refusal = gate.refusal(request);
    if (refusal) {
      response.writeHead(refusal.statusCode, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: refusal.code, message: refusal.message }));
      return;
    }
    if (isWrite(request)) holdAnswer(request, response, gate);
    for (const handler of storeHandlers) handler(request, response);
  });
}

export function isWrite(request: IncomingMessage): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  // Queries and query plans travel as POSTs but change nothing.
  return (
    request.headers['x-ms-documentdb-isquery'] === undefined &&
    request.headers['x-ms-cosmos-is-query-plan-request'] === undefined &&
    request.headers['content-type'] !== 'application/query+json'
  );
}

function holdAnswer(request: IncomingMessage, response: ServerResponse, gate: RequestGate): void {
  const isBatch = request.headers['x-ms-cosmos-is-batch-request'] !== undefined;
  // A batch's deletes are named only in its request body, which the server reads too.
  const requestChunks: Buffer[] = [];
  if (isBatch) request.on('data', (chunk: Buffer) => requestChunks.push(chunk));
  const end = response.end.bind(response) as (chunk?: unknown) => ServerResponse;
  response.end = ((chunk?: unknown) => {
    let held: Promise<void> | undefined;
    try {
      const partitionKey = request.headers['x-ms-documentdb-partitionkey'];
      const changes = changesOf({
        method: request.method ?? '',
        segments: pathSegments(request.url ?? '') ?? [],
        partitionKeyHeader: typeof partitionKey === 'string' ? partitionKey : undefined,
        isBatch,
        requestBody: Buffer.concat(requestChunks).toString('utf8'),
        statusCode: response.statusCode,
        responseBody: typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '',
      });
      held = changes.length > 0 ? gate.recorded(changes) : undefined;
    } catch (error) {
      held = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (!held) return end(chunk);
    held.then(
      () => end(chunk),
      (error: unknown) => {
        gate.onError(error);
        response.statusCode = 500;
        response.removeHeader('etag');
        end(JSON.stringify({ code: 'InternalServerError', message: 'The change could not be made durable.' }));
      },
    );
    return response;
  }) as ServerResponse['end'];
}
