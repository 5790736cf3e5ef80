import { createServer, type IncomingMessage, type Server } from 'node:http';
import { closeNow, listenOnLoopback, loopbackUrl } from './loopbackServer';

export interface CapturedActivity {
  method: string;
  path: string;
  conversationId: string;
  activity: Record<string, unknown>;
}

/**
 * Stands in for the Teams connector at the activity's serviceUrl: records every activity the bot sends or updates
 * and answers as the connector does, with a resource id.
 */
export class ConnectorCapture {
  readonly received: CapturedActivity[] = [];
  /** The bodies of `POST /v3/conversations` (createConversation), in order; each gets the id `a:created-<n>`. */
  readonly createdConversations: Record<string, unknown>[] = [];
  /** What `POST /v3/conversations` answers: 403 is Teams refusing a chat with someone who blocked the bot. */
  createConversationStatus = 200;
  /** What updating an activity (`PUT`) answers: 404 is Teams no longer having the message. */
  updateActivityStatus = 200;
  /** Delay before answering, to keep a turn in flight. */
  responseDelayMs = 0;
  private server?: Server;
  private waiters: (() => void)[] = [];
  private nextId = 1;

  get url(): string {
    return `${loopbackUrl(this.server, 'The capture server')}/`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeNow(this.server);
  }

  /** Activities sent to one conversation, in order. */
  sentTo(conversationId: string): Record<string, unknown>[] {
    return this.received.filter((entry) => entry.conversationId === conversationId).map((entry) => entry.activity);
  }

  async waitFor(count: number, conversationId: string, timeoutMs = 5000): Promise<Record<string, unknown>[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.sentTo(conversationId).length < count) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`Expected ${count} activities in ${conversationId}, got ${this.sentTo(conversationId).length}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.sentTo(conversationId);
  }

  private async handle(request: IncomingMessage, response: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = request.url ?? '';
    const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(path);
    const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    if (request.method === 'POST' && /\/v3\/conversations\/?$/.test(path)) {
      this.createdConversations.push(body);
      response.writeHead(this.createConversationStatus, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `a:created-${this.createdConversations.length}` }));
      return;
    }
    if (match) {
      this.received.push({
        method: request.method ?? '',
        path,
        conversationId: decodeURIComponent(match[1]),
        activity: body,
      });
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
    if (this.responseDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.responseDelayMs));
    const status = !match ? 404 : request.method === 'PUT' ? this.updateActivityStatus : 200;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: `activity-${this.nextId++}` }));
  }
}
