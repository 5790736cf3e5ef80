import { strict as assert } from 'node:assert';
import type { DemoUser } from './demo';
import { conversationOfType, teamsMessage } from './activities';
import type { CapturedActivity } from './connectorCapture';
import type { TestApp } from './testApp';

export interface CardPressOptions {
  /** A fixed activity id, to send the same press twice: Teams redelivers in the same chat, so the id names the chat. */
  id?: string;
  /** The chat of the press, for the same activity id in two chats; a new one for every press by default. */
  conversationId?: string;
  tenantId?: string;
  /** The card the press replies to, which the bot replaces with its answer. */
  replyToId?: string;
  /** A group chat or team channel instead of the personal chat. */
  conversationType?: string;
}

export interface CardPressed {
  conversationId: string;
  activity: ReturnType<typeof teamsMessage>;
  /** Everything the bot sent or updated in the press's conversation, in order. */
  received(): CapturedActivity[];
  /** The activities the bot sent in the press's conversation, in order. */
  replies(): Record<string, unknown>[];
  /** Only the answers to the press: a proactive notification may land in the same chat meanwhile. */
  answers(): CapturedActivity[];
}

let presses = 0;

/**
 * Presses a card button as Teams does: a message with the button's data plus the inputs, replying to the card, in a
 * conversation of its own. Fails the test unless the bot accepts it.
 */
export async function pressCard(
  test: Pick<TestApp, 'post' | 'capture'>,
  user: DemoUser,
  value: Record<string, unknown>,
  options: CardPressOptions = {},
): Promise<CardPressed> {
  const conversationId = options.conversationId ?? (options.id ? `conv-press-${options.id}` : `conv-press-${++presses}`);
  const activity = teamsMessage('', { user, tenantId: options.tenantId, serviceUrl: test.capture.url, conversationId }, {
    text: undefined,
    value,
    replyToId: options.replyToId ?? 'card-activity-1',
    ...(options.id ? { id: options.id } : {}),
    ...conversationOfType(options.conversationType ?? 'personal', conversationId),
  });
  // A redelivered press shares its chat with the first delivery: only what the bot sent from now on is this one's.
  const earlier = test.capture.received.length;
  assert.equal((await test.post(activity)).status, 200);
  const received = () => test.capture.received.slice(earlier).filter((entry) => entry.conversationId === conversationId);
  return {
    conversationId,
    activity,
    received,
    replies: () => received().map((entry) => entry.activity),
    answers: () => received().filter((entry) => entry.method === 'PUT' || entry.activity.replyToId === activity.id),
  };
}
