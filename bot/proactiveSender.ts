import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationAddress } from './domain/conversation';
import type { OutgoingMessage, ProactiveSender } from './notify/proactiveSender';
import { SendFailed, type SendFailure } from './notify/sendFailures';

/** The name botframework-connector gives the retry policy of its client's HTTP pipeline. */
export const CONNECTOR_RETRY_POLICY = 'defaultRetryPolicy';

interface PipelineOwner {
  client?: { pipeline?: { removePolicy(options: { name: string }): unknown } };
}

/**
 * Sends through the Bot Framework adapter, as the bot itself (no app id configured: anonymous, which the local
 * connector and the Agents Playground accept). The only place that reads the connector's errors: a failed send
 * throws `SendFailed` with what the answer means.
 */
export class AdapterProactiveSender implements ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string | undefined,
  ) {}

  async send(address: ConversationAddress, message: OutgoingMessage): Promise<void> {
    // An address is the Bot Framework conversation reference of the chat (conversationAddressOf).
    const reference = address as Partial<ConversationReference>;
    try {
      await this.adapter.continueConversationAsync(this.appId ?? '', reference, async (context) => {
        sendOnce(context, this.adapter);
        await context.sendActivity(message);
      });
    } catch (error) {
      throw new SendFailed(classifySendFailure(error, Date.now()));
    }
  }
}

/**
 * The connector client retries 429 and 5xx answers on its own, unseen. The dispatcher decides about every retry
 * itself (the rate limits count each request, and a retry may belong on another instance later), so each send here
 * is exactly one request.
 */
export function sendOnce(context: TurnContext, adapter: CloudAdapter): void {
  const connector = context.turnState.get<PipelineOwner | undefined>(adapter.ConnectorClientKey);
  connector?.client?.pipeline?.removePolicy({ name: CONNECTOR_RETRY_POLICY });
}

const TRANSIENT_STATUSES = new Set([412, 502, 503, 504]);
const DEFAULT_RETRY_AFTER_MS = 1_000;
const MAX_RETRY_AFTER_MS = 10 * 60_000;

/** The shape of botframework-connector's HTTP errors (a network error has no status). */
interface ConnectorError {
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { headers?: { get?(name: string): string | undefined | null } };
}

/** Reads a connector error (or a network error) the way Teams documents its answers. */
export function classifySendFailure(error: unknown, now: number): SendFailure {
  const failure = (error ?? {}) as ConnectorError;
  const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
  const code = typeof failure.code === 'string' ? failure.code : undefined;
  const reason = [status ?? 'network', code].filter(Boolean).join(' ');
  const message = typeof failure.message === 'string' ? failure.message : '';
  if (status === undefined) return { kind: 'transient', reason: `${reason} ${message}`.trim() };
  if (status === 429) {
    return { kind: 'throttled', retryAfterMs: retryAfterMs(failure.response?.headers?.get?.('retry-after'), now), reason };
  }
  if (TRANSIENT_STATUSES.has(status)) return { kind: 'transient', reason };
  if (status === 403 || status === 404) return { kind: 'conversationGone', reason };
  return { kind: 'permanent', reason };
}

/** `Retry-After` is either seconds or an HTTP date. */
export function retryAfterMs(header: string | undefined | null, now: number): number {
  if (!header) return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms)) return DEFAULT_RETRY_AFTER_MS;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
