import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationState,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import { StatusCodes } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { AppConfig } from './config';
import { ConnectorClientPool } from './connectorClients';
import { resolveLocale, translatorFor } from './i18n';
import type { Logger } from './logger';
import { storeUnavailableIn } from './store/errors';
import { withinTurnDeadline } from './store/turnDeadline';
import { changeAppliedIn, setTurnDeadline } from '../dialogs/turn';

export function createAdapter(config: Pick<AppConfig, 'credentials' | 'openIdMetadata'>): CloudAdapter {
  const credentials = config.credentials;
  const authentication = new TokenCheckingAuthentication({
    MicrosoftAppId: credentials?.appId,
    MicrosoftAppPassword: credentials?.appPassword,
    MicrosoftAppType: credentials?.appType,
    MicrosoftAppTenantId: credentials?.tenantId,
    ...(config.openIdMetadata ? publicCloudWithOpenIdMetadata(config.openIdMetadata) : {}),
  });
  return new CloudAdapter(authentication);
}

/**
 * With one endpoint of the authentication configured, botbuilder expects all of them: the public cloud's values for
 * the rest, and the given OpenID metadata for validating the channel's tokens.
 */
function publicCloudWithOpenIdMetadata(openIdMetadataUrl: string): Record<string, string | boolean> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * A token whose signature does not verify is a bad token, not a server fault: botbuilder lets the JWT library's error
 * through (a 500), so it is turned into the 401 it is. Connector clients come from a pool rather than one per turn.
 */
class TokenCheckingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new ConnectorClientPool();

  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>) {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(...args);
    } catch (error) {
      throw asAuthenticationError(error);
    }
    const { connectorFactory, claimsIdentity } = result;
    return connectorFactory ? { ...result, connectorFactory: this.clients.connectorFactory(claimsIdentity, connectorFactory) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.clients.connectorFactory(claimsIdentity, super.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.clients.userTokenClient(claimsIdentity, () => super.createUserTokenClient(claimsIdentity));
  }
}

const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

function asAuthenticationError(error: unknown): unknown {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && JWT_ERRORS.has(name)
    ? new AuthenticationError(`Unauthorized. ${(error as Error).message}`, StatusCodes.UNAUTHORIZED)
    : error;
}

/** Gives every turn `deadlineMs` to finish (see withinTurnDeadline); the turn error handler answers when it passes. */
export function turnDeadline(deadlineMs: number): Middleware {
  return {
    onTurn: (context, next) =>
      withinTurnDeadline(deadlineMs, (deadline) => {
        setTurnDeadline(context, deadline);
        return next();
      }),
  };
}

/**
 * Logs the failure with what identifies the turn, tells the user in their language without internals,
 * and drops the conversation state so a broken dialog does not trap the user in the same failure.
 * Once a change of the turn was applied, the user hears that it was saved, whatever failed after it.
 */
export function handleTurnErrors(adapter: CloudAdapter, conversationState: ConversationState, logger: Logger): void {
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const activity = context.activity;
    const changeApplied = changeAppliedIn(context);
    logger.error('turn failed', {
      activityId: activity.id,
      activityType: activity.type,
      conversationId: activity.conversation?.id,
      tenantId: activity.conversation?.tenantId,
      changeApplied,
      error,
    });
    const t = translatorFor(resolveLocale(activity.locale));
    try {
      await context.sendActivity(t(failureMessageKey(error, changeApplied)));
    } catch (sendError) {
      logger.error('could not tell the user about the failure', { activityId: activity.id, error: sendError });
    }
    const reset = conversationState.delete(context).then(
      () => true,
      (stateError: unknown) => {
        logger.warn('could not reset the conversation state', { activityId: activity.id, error: stateError });
        return true;
      },
    );
    // A store that made the turn fail may be slow to reset it too: Teams gets its answer meanwhile.
    if (!(await Promise.race([reset, elapsed(RESET_WAIT_MS)]))) {
      logger.warn('still resetting the conversation state after answering', { activityId: activity.id });
    }
  };
}

/** How long the answer to a failed turn waits for its conversation state to be reset; the deadline leaves this much. */
const RESET_WAIT_MS = 2000;

function elapsed(ms: number): Promise<false> {
  return new Promise((resolve) => setTimeout(() => resolve(false), ms).unref());
}

function failureMessageKey(error: unknown, changeApplied: boolean): string {
  if (changeApplied) return 'errors.savedButFailed';
  const unavailable = storeUnavailableIn(error);
  if (!unavailable) return 'errors.generic';
  return unavailable.reason === 'busy' ? 'errors.storeBusy' : 'errors.storeUnavailable';
}
