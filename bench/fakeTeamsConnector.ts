import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEAMS_CONVERSATION_WINDOWS, type RateWindow } from '../bot/notify/rateLimits';

export interface FakeConnectorOptions {
  /** Limits per conversation; Teams' own by default. */
  conversationWindows?: readonly RateWindow[];
  /** Requests per second per tenant; none by default. */
  tenantRatePerSecond?: number;
  /** Share of requests answered 429 whatever the rate, as other traffic would cause. */
  throttleShare?: number;
  retryAfterSeconds?: number;
  random?: () => number;
}

export interface ConnectorRequest {
  conversationId: string;
  tenantId?: string;
  status: number;
  /** When it arrived, by `Date.now()`. */
  at: number;
  activity: Record<string, unknown>;
}

/**
 * Stands in for the Teams connector on loopback: counts every request against the per-conversation windows and the
 * tenant rate the way Teams does (429 with Retry-After past a limit), and can be told to answer a conversation with
 * given statuses first (412, 502, 503, 504, 403 MessageWritesBlocked, 404 ConversationNotFound …).
 */
export class FakeTeamsConnector {
  readonly requests: ConnectorRequest[] = [];
  private readonly arrivals = new Map<string, number[]>();
  private readonly scripted = new Map<string, number[]>();
  private server?: Server;
  private nextId = 1;

  constructor(private options: FakeConnectorOptions = {}) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('The fake connector is not started');
    return `http://127.0.0.1:${address.port}/`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The Retry-After of the 429s to come, in seconds. */
  setRetryAfter(seconds: number): void {
    this.options.retryAfterSeconds = seconds;
  }

  /** The next requests to this conversation get these statuses, in order, before the limits are even looked at. */
  answer(conversationId: string, ...statuses: number[]): void {
    this.scripted.set(conversationId, [...(this.scripted.get(conversationId) ?? []), ...statuses]);
  }

  delivered(conversationId?: string): ConnectorRequest[] {
    return this.requests.filter((request) => request.status === 200 && (!conversationId || request.conversationId === conversationId));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(request.url ?? '');
    if (!match || request.method !== 'POST') {
      response.writeHead(404);
      response.end();
      return;
    }
    const at = Date.now();
    const conversationId = decodeURIComponent(match[1]);
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const tenantId = (activity.conversation as { tenantId?: string } | undefined)?.tenantId;
    const { status, retryAfter } = this.decide(conversationId, tenantId, at);
    this.requests.push({ conversationId, tenantId, status, at, activity });
    if (status === 200) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `activity-${this.nextId++}` }));
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
    // Not chained: a server framework loaded in the same process may replace writeHead with one that returns nothing.
    response.writeHead(status, headers);
    response.end(JSON.stringify({ error: { code: errorCode(status), message: errorCode(status) } }));
  }

  private decide(conversationId: string, tenantId: string | undefined, at: number): { status: number; retryAfter?: number } {
    const scripted = this.scripted.get(conversationId);
    if (scripted && scripted.length > 0) {
      const status = scripted.shift()!;
      return { status, retryAfter: status === 429 ? (this.options.retryAfterSeconds ?? 1) : undefined };
    }
    const windows = this.options.conversationWindows ?? TEAMS_CONVERSATION_WINDOWS;
    const overConversation = this.count(`conversation:${conversationId}`, at, windows);
    const tenantWindows = this.options.tenantRatePerSecond ? [{ limit: this.options.tenantRatePerSecond, windowMs: 1000 }] : [];
    const overTenant = this.count(`tenant:${tenantId ?? ''}`, at, tenantWindows);
    const waitMs = Math.max(overConversation, overTenant);
    if (waitMs > 0) return { status: 429, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
    if ((this.options.random ?? Math.random)() < (this.options.throttleShare ?? 0)) {
      return { status: 429, retryAfter: this.options.retryAfterSeconds ?? 1 };
    }
    return { status: 200 };
  }

  /** Counts this arrival; answers how long until it would have been within every window (0: it is). */
  private count(key: string, at: number, windows: readonly RateWindow[]): number {
    const arrivals = this.arrivals.get(key) ?? [];
    arrivals.push(at);
    this.arrivals.set(key, arrivals);
    let waitMs = 0;
    for (const { limit, windowMs } of windows) {
      const inWindow = arrivals.filter((time) => time > at - windowMs);
      if (inWindow.length > limit) waitMs = Math.max(waitMs, inWindow[inWindow.length - 1 - limit] + windowMs - at);
    }
    return waitMs;
  }
}

function errorCode(status: number): string {
  switch (status) {
    case 403:
      return 'MessageWritesBlocked';
    case 404:
      return 'ConversationNotFound';
    case 412:
      return 'PreconditionFailed';
    case 429:
      return 'TooManyRequests';
    default:
      return 'ServiceError';
  }
}
