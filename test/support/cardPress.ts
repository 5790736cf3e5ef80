import { strict as assert } from 'node:assert';
import type { DemoUser } from './demo';
import { conversationOfType, teamsActivity, teamsMessage } from './activities';
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

export interface CardExecuted {
  conversationId: string;
  activity: ReturnType<typeof teamsActivity>;
  /** The invoke response's HTTP status and body, as Teams receives it. */
  status: number;
  response: { statusCode: number; type: string; value: unknown };
  /** The card that replaces the pressed one for its presser; fails the test when the answer is not a card. */
  card(): Record<string, unknown>;
  /** What the bot sent to the conversation besides the invoke response. */
  replies(): Record<string, unknown>[];
}

/**
 * Presses an Action.Execute button, or refreshes a card, as Teams does: an `adaptiveCard/action` invoke with the verb and
 * the button's data merged with the card's inputs, answered over the same HTTP request.
 */
export async function executeCard(
  test: TestApp,
  user: DemoUser,
  verb: string,
  data: Record<string, unknown>,
  options: Omit<CardPressOptions, 'replyToId'> & { trigger?: 'manual' | 'automatic' } = {},
): Promise<CardExecuted> {
  const conversationId = options.conversationId ?? (options.id ? `conv-execute-${options.id}` : `conv-execute-${++presses}`);
  const activity = teamsActivity('invoke', { user, tenantId: options.tenantId, serviceUrl: test.capture.url, conversationId }, {
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: options.trigger ?? 'manual' },
    replyToId: 'card-activity-1',
    ...(options.id ? { id: options.id } : {}),
    ...conversationOfType(options.conversationType ?? 'personal', conversationId),
  });
  const { status, text } = await test.post(activity);
  const response = JSON.parse(text) as CardExecuted['response'];
  return {
    conversationId,
    activity,
    status,
    response,
    card() {
      assert.equal(response.type, 'application/vnd.microsoft.card.adaptive', `expected a card, got ${text.slice(0, 300)}`);
      return response.value as Record<string, unknown>;
    },
    replies: () => test.capture.sentTo(conversationId),
  };
}
