import {
  AuthenticationConstants,
  ConnectorFactory,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { Cache, FOREVER, type CachePolicy } from './domain/cache';

/** Teams has a handful of service URLs; the bound only keeps odd activities from growing the pool. */
const CONNECTOR_CLIENTS: CachePolicy = { name: 'connectorClients', ttlMs: FOREVER, maxEntries: 100 };
const USER_TOKEN_CLIENTS: CachePolicy = { name: 'userTokenClients', ttlMs: FOREVER, maxEntries: 100 };

/**
 * botbuilder builds a new connector client (credentials, HTTP pipeline) for every turn, which costs more than
 * answering a simple question. A client keeps no state of a turn and its credentials renew their own token, so one
 * per bot, service URL and audience serves every turn, as the adapter of earlier Bot Framework versions did.
 */
export class ConnectorClientPool {
  private readonly connectorClients = new Cache<Promise<ConnectorClient>>(CONNECTOR_CLIENTS);
  private readonly userTokenClients = new Cache<Promise<UserTokenClient>>(USER_TOKEN_CLIENTS);

  /** `factory` is botbuilder's factory for the bot the claims name; the pool asks it only for clients it lacks. */
  connectorFactory(claimsIdentity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    const pool = this.connectorClients;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return pooled(pool, `${appId}|${serviceUrl}|${audience ?? ''}`, () => factory.create(serviceUrl, audience));
      }
    })();
  }

  userTokenClient(claimsIdentity: ClaimsIdentity, create: () => Promise<UserTokenClient>): Promise<UserTokenClient> {
    return pooled(this.userTokenClients, appIdOf(claimsIdentity), create);
  }
}

/** The bot the clients act for, found where botbuilder finds it: the audience of a channel's token, else its app id. */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return (
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

function pooled<T>(pool: Cache<Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  const existing = pool.get(key);
  if (existing) return existing;
  const created = create();
  pool.set(key, created);
  // A failed creation is not kept: the next turn tries again.
  created.catch(() => pool.delete(key));
  return created;
}
