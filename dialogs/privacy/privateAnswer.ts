import type { Activity, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';
import { translatorFor } from '../../bot/i18n';
import type { ConversationAddress } from '../../bot/domain/conversation';
import { callerOf } from '../turn';

/** Where the bot finds the personal chat it already has with a person (stored when they last wrote to it there). */
export interface PersonalChats {
  findMany(tenantId: string, scope: 'personal', keys: readonly string[]): Promise<(ConversationAddress | undefined)[]>;
}

/**
 * Sends an answer that concerns the caller alone. In a personal chat it is the reply; in a group chat or channel it
 * goes to the caller's personal chat with the bot (the stored one, else one created for them, which Teams allows a bot
 * installed in the tenant), and the group hears only that it went there.
 */
export async function answerPrivately(context: TurnContext, answer: Partial<Activity>, personalChats: PersonalChats): Promise<void> {
  if (context.activity.conversation?.conversationType === 'personal') {
    await context.sendActivity(answer);
    return;
  }
  const caller = callerOf(context);
  const t = translatorFor(caller.locale);
  const name = caller.displayName ?? '';
  const delivered = await sendToStoredChat(context, answer, personalChats) || await sendToNewChat(context, answer);
  await context.sendActivity(t(delivered ? 'privacy.sentPrivately' : 'privacy.notDelivered', { name }));
}

async function sendToStoredChat(context: TurnContext, answer: Partial<Activity>, personalChats: PersonalChats): Promise<boolean> {
  const { tenantId, aadObjectId } = callerOf(context);
  if (!tenantId || !aadObjectId) return false;
  const [reference] = await personalChats.findMany(tenantId, 'personal', [aadObjectId]);
  if (!reference) return false;
  try {
    await context.adapter.continueConversationAsync(botAppIdOf(context), reference as Partial<ConversationReference>, async (personal) => {
      await personal.sendActivity(answer);
    });
    return true;
  } catch {
    // The stored chat may be gone (the person removed the bot and added it again): a new one is tried next.
    return false;
  }
}

async function sendToNewChat(context: TurnContext, answer: Partial<Activity>): Promise<boolean> {
  const { activity } = context;
  const tenantId = callerOf(context).tenantId;
  if (!tenantId || !activity.from?.id || !activity.serviceUrl) return false;
  const parameters: ConversationParameters = {
    isGroup: false,
    bot: activity.recipient,
    members: [{ id: activity.from.id, name: activity.from.name ?? '' }],
    tenantId,
    channelData: { tenant: { id: tenantId } },
  };
  try {
    await context.adapter.createConversationAsync(
      botAppIdOf(context),
      activity.channelId,
      activity.serviceUrl,
      context.turnState.get<string>(context.adapter.OAuthScopeKey),
      parameters,
      async (personal) => {
        await personal.sendActivity(answer);
      },
    );
    return true;
  } catch {
    // Teams refuses when the bot may not write to the person (blocked, not installed for them): the group is told.
    return false;
  }
}

/** The bot's app id as this turn's token named it; empty without credentials (local, loopback only). */
function botAppIdOf(context: TurnContext): string {
  const identity = context.turnState.get<ClaimsIdentity | undefined>(context.adapter.BotIdentityKey);
  return identity?.getClaimValue('aud') ?? '';
}
