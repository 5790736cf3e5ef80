import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';

/** Delivers one activity into a stored conversation; throws the connector's error as it came. */
export interface ProactiveSender {
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void>;
}

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

  async send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void> {
    await this.adapter.continueConversationAsync(this.appId ?? '', reference, async (context) => {
      sendOnce(context, this.adapter);
      await context.sendActivity(activity);
    });
  }
}

/**
 * The connector client retries 429 and 5xx answers on its own, unseen. The dispatcher decides about every retry
 * itself (the rate limits count each request, and a retry may belong on another instance later), so each send here
 * is exactly one request.
 */
function sendOnce(context: TurnContext, adapter: CloudAdapter): void {
  const connector = context.turnState.get(adapter.ConnectorClientKey) as PipelineOwner | undefined;
  connector?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}
