/** Someone in a chat (a person or the bot), as the chat platform names them. */
export interface ChatAccount {
  id?: string;
  name?: string;
  aadObjectId?: string;
}

export interface ChatConversation {
  id?: string;
  name?: string;
  isGroup?: boolean;
  tenantId?: string;
  conversationType?: string;
}

/**
 * The parts of an incoming Teams activity the bot's own code reads. The chat platform's activity type has them all,
 * so the platform stays in the files that talk to it.
 */
export interface IncomingActivity {
  id?: string;
  type?: string;
  locale?: string;
  channelId?: string;
  serviceUrl?: string;
  from?: ChatAccount;
  recipient?: ChatAccount;
  conversation?: ChatConversation;
  channelData?: unknown;
}

/**
 * Where a proactive message can be sent: the chat an activity came from and the service that reaches it, without the
 * activity's own id (it changes every turn, and a proactive message answers no particular activity). The fields are
 * the Bot Framework's conversation reference.
 */
export interface ConversationAddress {
  user?: ChatAccount;
  bot?: ChatAccount;
  conversation?: ChatConversation;
  channelId?: string;
  locale?: string;
  serviceUrl?: string;
}

export function tenantIdOf(activity: IncomingActivity): string | undefined {
  const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenantId = activity.conversation?.tenantId ?? (typeof channelTenant === 'string' ? channelTenant : undefined);
  return tenantId?.trim() || undefined;
}

export function conversationAddressOf(activity: IncomingActivity): ConversationAddress {
  return {
    user: activity.from,
    bot: activity.recipient,
    conversation: activity.conversation,
    channelId: activity.channelId,
    locale: activity.locale,
    serviceUrl: activity.serviceUrl,
  };
}
