import { strict as assert } from 'node:assert';
import { teamsActivity } from '../support/activities';
import { DEMO_USERS } from '../support/demo';
import { storedDocument } from '../support/storedDocuments';
import { startTestApp, type TestApp } from '../support/testApp';
import { foreignKey, TokenIssuer } from '../support/tokenIssuer';

const APP_ID = '11111111-2222-3333-4444-555555555555';

describe('Bot Framework tokens, validated by the real code against keys published on loopback', () => {
  let issuer: TokenIssuer;
  let test: TestApp;
  before(async () => {
    issuer = await new TokenIssuer().start();
    test = await startTestApp({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-a-real-secret',
      HOST: '127.0.0.1',
      BOT_OPENID_METADATA: issuer.metadataUrl,
    });
  });
  after(async () => {
    await test.stop();
    await issuer.stop();
  });

  // An install changes only our own store and sends nothing, so no outgoing token is needed for a 200.
  const install = (conversationId: string) =>
    teamsActivity('installationUpdate', { user: 'adele', serviceUrl: test.capture.url, conversationId }, { action: 'add' });
  const withToken = (token: string) => ({ authorization: `Bearer ${token}` });
  const storedReference = async () =>
    storedDocument(test, `conversationRef:personal:${DEMO_USERS.adele.aadObjectId}`);

  it('accepts a correctly signed token', async () => {
    const response = await test.post(install('c-signed'), withToken(issuer.token({ audience: APP_ID, serviceUrl: test.capture.url })));
    assert.equal(response.status, 200, response.text);
    assert.ok(await storedReference(), 'the activity was processed');
  });

  for (const [name, change] of [
    ['Web Chat', { channelId: 'webchat' }],
    ['Direct Line', { channelId: 'directline' }],
    ['Teams without a conversation tenant (the tenant only in channelData, which the client controls)', { conversation: { id: 'c-no-tenant', conversationType: 'personal' } }],
  ] as const) {
    it(`refuses an authenticated activity from ${name} with 403 and no company data`, async () => {
      const conversationId = `c-${name.replace(/\W+/g, '-')}`;
      const message = teamsActivity('message', { user: 'adele', serviceUrl: test.capture.url, conversationId }, { text: 'help', ...change });
      const response = await test.post(message, withToken(issuer.token({ audience: APP_ID, serviceUrl: test.capture.url })));
      assert.equal(response.status, 403);
      assert.ok(!/Contoso|Adele/.test(response.text), response.text);
      assert.equal(test.capture.sentTo(conversationId).length + test.capture.sentTo('c-no-tenant').length, 0);
    });
  }

  for (const [name, tokenFor] of [
    ['a missing token', () => undefined],
    ['an expired token', (url: string) => issuer.token({ audience: APP_ID, serviceUrl: url, exp: Math.floor(Date.now() / 1000) - 3600, nbf: Math.floor(Date.now() / 1000) - 7200 })],
    ['a token signed with another key', (url: string) => issuer.token({ audience: APP_ID, serviceUrl: url }, foreignKey())],
    ['a token for another bot', (url: string) => issuer.token({ audience: 'another-app-id', serviceUrl: url })],
    ['a token for another service URL', () => issuer.token({ audience: APP_ID, serviceUrl: 'http://127.0.0.1:1/elsewhere' })],
    ['a token from another issuer', (url: string) => issuer.token({ audience: APP_ID, serviceUrl: url, iss: 'https://issuer.example' })],
  ] as const) {
    it(`refuses ${name} with 401`, async () => {
      const token = tokenFor(test.capture.url);
      const conversationId = `c-${name.replace(/\W+/g, '-')}`;
      const response = await test.post(install(conversationId), token ? withToken(token) : {});
      assert.equal(response.status, 401);
    });
  }
});
