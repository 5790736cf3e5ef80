import { strict as assert } from 'node:assert';
import { ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import sinon from 'sinon';
import { createAdapter } from '../../bot/adapter';
import { conversationAddressOf } from '../../bot/domain/conversation';
import { CONNECTOR_RETRY_POLICY, sendOnce } from '../../bot/proactiveSender';
import { STATE_CONFIGURATION_KEY } from '../../dialogs/mainDialog';
import { teamsActivity } from '../support/activities';
import { foreignKey, TokenIssuer } from '../support/tokenIssuer';

/**
 * What the bot relies on in botbuilder beyond its documented surface, one test each, named after it: an upgrade
 * that changes one of these fails here by name rather than somewhere downstream. docs/platform.md lists them.
 */
describe('botbuilder internals the bot relies on', () => {
  const address = { channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'a:1', name: '', isGroup: false, conversationType: 'personal' } };

  afterEach(() => sinon.restore());

  it(`botbuilder-dialogs' DialogStateManager takes its configuration from the turn state key '${STATE_CONFIGURATION_KEY}' (dialogs/mainDialog.ts)`, async () => {
    const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty<DialogState>('dialogState'));
    const configurations: unknown[] = [];
    const adapter = new TestAdapter(async (context) => {
      if (configurations[0]) context.turnState.set(STATE_CONFIGURATION_KEY, configurations[0]);
      configurations.push((await dialogs.createContext(context)).state.configuration);
    });
    await adapter.send('first');
    await adapter.send('second');
    assert.ok(configurations[0]);
    assert.equal(configurations[1], configurations[0], 'the second turn used the configuration it was given');
  });

  it(`botframework-connector's client retries through a pipeline policy named '${CONNECTOR_RETRY_POLICY}', found under the adapter's ConnectorClientKey (bot/proactiveSender.ts removes it)`, async () => {
    const adapter = createAdapter({});
    await adapter.continueConversationAsync('', address, async (context: TurnContext) => {
      const pipeline = context.turnState.get(adapter.ConnectorClientKey).client.pipeline;
      const policies = (): string[] => pipeline.getOrderedPolicies().map((policy: { name: string }) => policy.name);
      assert.ok(policies().includes(CONNECTOR_RETRY_POLICY), policies().join(', '));
      sendOnce(context, adapter);
      assert.ok(!policies().includes(CONNECTOR_RETRY_POLICY));
    });
  });

  it('CloudAdapter builds connector clients through the overridable createConnectorFactory of ConfigurationBotFrameworkAuthentication (bot/adapter.ts pools them there)', async () => {
    const adapter = createAdapter({});
    const clients: unknown[] = [];
    for (let turn = 0; turn < 2; turn += 1) {
      await adapter.continueConversationAsync('', address, async (context: TurnContext) => void clients.push(context.turnState.get(adapter.ConnectorClientKey)));
    }
    assert.ok(clients[0]);
    assert.equal(clients[1], clients[0], 'the second turn got the pooled client');
  });

  it("TurnContext.getConversationReference holds what conversationAddressOf stores, and the activity id besides (bot/domain/conversation.ts)", () => {
    const activity = {
      ...address,
      type: 'message',
      id: 'activity-1',
      locale: 'de-DE',
      from: { id: '29:adele', name: 'Adele Vance', aadObjectId: 'adele' },
      recipient: { id: '28:bot', name: 'MPN benefits' },
      conversation: { ...address.conversation, tenantId: 'tenant' },
    };
    const { activityId, ...reference } = TurnContext.getConversationReference(activity);
    assert.equal(activityId, activity.id);
    assert.equal(JSON.stringify(conversationAddressOf(activity)), JSON.stringify(reference));
  });

  describe('with app credentials', () => {
    const APP_ID = '11111111-2222-3333-4444-555555555555';
    let issuer: TokenIssuer;
    before(async () => {
      issuer = await new TokenIssuer().start();
    });
    after(async () => issuer.stop());

    it("ConfigurationBotFrameworkAuthentication.authenticateRequest lets jsonwebtoken's JsonWebTokenError through for a bad signature (bot/adapter.ts makes it a 401)", async () => {
      const adapter = createAdapter({ credentials: { appId: APP_ID, appPassword: 'not-a-real-secret', appType: 'MultiTenant' }, openIdMetadata: issuer.metadataUrl });
      const authenticate = sinon.spy(ConfigurationBotFrameworkAuthentication.prototype, 'authenticateRequest');
      sinon.stub(console, 'error');
      const body = teamsActivity('message', { user: 'adele', serviceUrl: issuer.metadataUrl }, { text: 'hello' });
      const token = issuer.token({ audience: APP_ID, serviceUrl: issuer.metadataUrl }, foreignKey());
      const answered: number[] = [];
      const response = { socket: null, status: (code: number) => answered.push(code), send: () => undefined, header: () => undefined, end: () => undefined };
      await adapter.process({ method: 'POST', body, headers: { authorization: `Bearer ${token}` } }, response, async () => undefined);
      assert.deepEqual(answered, [401]);
      const original = await authenticate.firstCall.returnValue.then(
        () => undefined,
        (error: unknown) => error,
      );
      assert.equal((original as Error).name, 'JsonWebTokenError');
    });
  });
});
