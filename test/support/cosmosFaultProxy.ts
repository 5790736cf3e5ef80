import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does with a request that matches: answer 429 (retry after 1 ms), never answer, or pass it on late
 * (`delay`, after DELAY_MS).
 */
export type Fault = 'throttle' | 'stall' | 'delay';

/** How late a delayed request is passed on: longer than the shortest turn deadline the tests give. */
export const DELAY_MS = 1500;

interface FaultRule {
  fault: Fault;
  matches: (method: string, path: string) => boolean;
}

/**
 * An HTTP proxy on loopback in front of the embedded Cosmos server that answers chosen requests the way a busy Cosmos
 * DB account does (429 with x-ms-retry-after-ms) or not at all, and counts the requests it was sent.
 */
export class CosmosFaultProxy {
  private server?: Server;
  private rule?: FaultRule;
  private readonly stalled = new Set<ServerResponse>();
  readonly faulted: { method: string; path: string }[] = [];

  constructor(private readonly target: string) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((incoming, outgoing) => this.handle(incoming, outgoing));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** From now on, requests that match get the fault; `undefined` passes everything on again. */
  inject(fault: Fault | undefined, matches: FaultRule['matches'] = () => true): void {
    this.rule = fault ? { fault, matches } : undefined;
    this.faulted.length = 0;
  }

  async stop(): Promise<void> {
    for (const response of this.stalled) response.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private handle(incoming: IncomingMessage, outgoing: ServerResponse): void {
    const method = incoming.method ?? 'GET';
    const path = incoming.url ?? '/';
    if (this.rule?.matches(method, path)) {
      this.faulted.push({ method, path });
      if (this.rule.fault === 'delay') {
        setTimeout(() => this.forward(incoming, outgoing), DELAY_MS);
        return;
      }
      incoming.resume();
      if (this.rule.fault === 'stall') {
        this.stalled.add(outgoing);
        return;
      }
      outgoing.writeHead(429, { 'content-type': 'application/json', 'x-ms-retry-after-ms': '1', 'x-ms-substatus': '3200' });
      outgoing.end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large' }));
      return;
    }
    this.forward(incoming, outgoing);
  }

  private forward(incoming: IncomingMessage, outgoing: ServerResponse): void {
    const target = new URL(incoming.url ?? '/', this.target);
    const method = incoming.method ?? 'GET';
    const upstream = request(target, { method, headers: { ...incoming.headers, host: target.host } }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  }
}
