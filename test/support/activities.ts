import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID, DEMO_USERS, type DemoUser } from './demo';

export const BOT_ID = '28:mpn-benefits-bot';

export interface ActivityOptions {
  user?: DemoUser;
  locale?: string;
  tenantId?: string;
  conversationId?: string;
  serviceUrl: string;
}

/** A Teams-shaped activity in the user's personal chat with the bot, as Teams (and the Playground) sends it. */
export function teamsActivity(type: string, options: ActivityOptions, extra: Record<string, unknown> = {}) {
  const user = DEMO_USERS[options.user ?? 'alex'];
  const tenantId = options.tenantId ?? DEMO_TENANT_ID;
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    locale: options.locale ?? 'en-US',
    from: { id: `29:${user.aadObjectId}`, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: BOT_ID, name: 'MPN benefits' },
    conversation: {
      id: options.conversationId ?? `a:personal-${user.aadObjectId}`,
      conversationType: 'personal',
      tenantId,
    },
    channelData: { tenant: { id: tenantId } },
    ...extra,
  };
}

export function teamsMessage(text: string, options: ActivityOptions, extra: Record<string, unknown> = {}) {
  return teamsActivity('message', options, { text, ...extra });
}

/** What moves an activity from the user's personal chat into a group chat or team channel the bot is in. */
export function conversationOfType(conversationType: string, conversationId: string) {
  return conversationType === 'personal'
    ? {}
    : { conversation: { id: conversationId, conversationType, isGroup: true, tenantId: DEMO_TENANT_ID } };
}
