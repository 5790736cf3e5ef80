import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationAddress } from './domain/conversation';
import type { OutgoingMessage, ProactiveSender } from './notify/proactiveSender';

/** The name botframework-connector gives the retry policy of its client's HTTP pipeline. */
export const CONNECTOR_RETRY_POLICY = 'defaultRetryPolicy';

interface PipelineOwner {
  client?: { pipeline?: { removePolicy(options: { name: string }): unknown } };
}

/**
 * Sends through the Bot Framework adapter, as the bot itself (no app id configured: anonymous, which the local
 * connector and the Agents Playground accept).
 */
export class AdapterProactiveSender implements ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string | undefined,
  ) {}

  async send(address: ConversationAddress, message: OutgoingMessage): Promise<void> {
    // An address is the Bot Framework conversation reference of the chat (conversationAddressOf).
    const reference = address as Partial<ConversationReference>;
    await this.adapter.continueConversationAsync(this.appId ?? '', reference, async (context) => {
      sendOnce(context, this.adapter);
      await context.sendActivity(message);
    });
  }
}

/**
 * The connector client retries 429 and 5xx answers on its own, unseen. The dispatcher decides about every retry
 * itself (the rate limits count each request, and a retry may belong on another instance later), so each send here
 * is exactly one request.
 */
export function sendOnce(context: TurnContext, adapter: CloudAdapter): void {
  const connector = context.turnState.get(adapter.ConnectorClientKey) as PipelineOwner | undefined;
  connector?.client?.pipeline?.removePolicy({ name: CONNECTOR_RETRY_POLICY });
}
