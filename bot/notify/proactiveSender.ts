import type { ConversationAddress } from '../domain/conversation';

/** A message the bot sends on its own; the summary is what Teams shows in the activity feed. */
export interface OutgoingMessage {
  type?: string;
  text?: string;
  summary?: string;
  attachments?: { contentType: string; content?: unknown }[];
}

/**
 * Delivers one message into a stored conversation. Resolves once Teams took it; otherwise throws `SendFailed`
 * (`./sendFailures`) with what Teams' answer means, so nothing else reads the platform's errors.
 */
export interface ProactiveSender {
  send(address: ConversationAddress, message: OutgoingMessage): Promise<void>;
}
