import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationState,
  type TurnContext,
} from 'botbuilder';
import type { AppConfig } from './config';
import { resolveLocale, translatorFor } from './i18n';
import type { Logger } from './logger';
import { isStoreUnavailable } from './store/errors';

export function createAdapter(config: Pick<AppConfig, 'credentials' | 'openIdMetadata'>): CloudAdapter {
  const credentials = config.credentials;
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: credentials?.appId,
    MicrosoftAppPassword: credentials?.appPassword,
    MicrosoftAppType: credentials?.appType,
    MicrosoftAppTenantId: credentials?.tenantId,
    BotOpenIdMetadata: config.openIdMetadata,
  } as Record<string, string | undefined>);
  return new CloudAdapter(authentication);
}

/**
 * Logs the failure with what identifies the turn, tells the user in their language without internals,
 * and drops the conversation state so a broken dialog does not trap the user in the same failure.
 */
export function handleTurnErrors(adapter: CloudAdapter, conversationState: ConversationState, logger: Logger): void {
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const activity = context.activity;
    logger.error('turn failed', {
      activityId: activity.id,
      activityType: activity.type,
      conversationId: activity.conversation?.id,
      tenantId: activity.conversation?.tenantId,
      error,
    });
    const t = translatorFor(resolveLocale(activity.locale));
    const message = isStoreUnavailable(error) ? t('errors.storeUnavailable') : t('errors.generic');
    try {
      await context.sendActivity(message);
    } catch (sendError) {
      logger.error('could not tell the user about the failure', { activityId: activity.id, error: sendError });
    }
    try {
      await conversationState.delete(context);
    } catch (stateError) {
      logger.warn('could not reset the conversation state', { activityId: activity.id, error: stateError });
    }
  };
}
