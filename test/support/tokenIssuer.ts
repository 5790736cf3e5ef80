import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { closeNow, listenOnLoopback, loopbackUrl } from './loopbackServer';

const CHANNEL_ISSUER = 'https://api.botframework.com';

/**
 * Stands in for the Bot Framework's token service: publishes OpenID metadata and a signing key of the test's own on
 * loopback, and signs channel tokens with it, so the bot's real token validation runs against them.
 */
export class TokenIssuer {
  readonly keyId = randomUUID();
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server?: Server;

  get metadataUrl(): string {
    return `${this.baseUrl}/.well-known/openidconfiguration`;
  }

  private get baseUrl(): string {
    return loopbackUrl(this.server, 'The token issuer');
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      if (request.url === '/.well-known/openidconfiguration') {
        response.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${this.baseUrl}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      } else if (request.url === '/keys') {
        const jwk = this.keys.publicKey.export({ format: 'jwk' });
        response.end(JSON.stringify({ keys: [{ ...jwk, kid: this.keyId, use: 'sig', endorsements: ['msteams'] }] }));
      } else {
        response.statusCode = 404;
        response.end('{}');
      }
    });
    await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeNow(this.server);
  }

  /** A channel token for the bot; override claims (or the signing key) to make it wrong in one way. */
  token(claims: { audience: string; serviceUrl: string } & Record<string, unknown>, signWith: KeyObject = this.keys.privateKey): string {
    const now = Math.floor(Date.now() / 1000);
    const { audience, serviceUrl, ...overrides } = claims;
    const payload = { iss: CHANNEL_ISSUER, aud: audience, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600, ...overrides };
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: this.keyId })}.${encode(payload)}`;
    const signature = createSign('RSA-SHA256').update(unsigned).sign(signWith).toString('base64url');
    return `${unsigned}.${signature}`;
  }
}

/** A key the issuer never published: a token signed with it must be refused. */
export function foreignKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}
