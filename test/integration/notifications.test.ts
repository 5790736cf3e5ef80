import { strict as assert } from 'node:assert';
import { translatorFor } from '../../bot/i18n';
import { formatList, formatRoles } from '../../cards/shared/formatting';
import { teamsActivity, teamsMessage } from '../support/activities';
import { cardOf, executeActionsOf, inputsOf, submitActionsOf } from '../support/cards';
import { executeCard } from '../support/cardPress';
import { DEMO_TENANT_ID, DEMO_USERS, type DemoUser } from '../support/demo';
import { startTestApp, type TestApp } from '../support/testApp';

const en = translatorFor('en');
const nl = translatorFor('nl');

describe('notifications through the running bot', () => {
  let test: TestApp;
  beforeEach(async () => {
    test = await startTestApp({ NOTIFICATIONS_ENABLED: 'true', NOTIFY_SCHEDULER_INTERVAL_MS: '1000', NOTIFY_POLL_INTERVAL_MS: '100' });
  });
  afterEach(async () => {
    await test.stop();
  });

  const domain = () => test.app.store.domain;
  const install = async (user: DemoUser, conversationId: string) => {
    const activity = teamsActivity('installationUpdate', { user, serviceUrl: test.capture.url, conversationId }, { action: 'add' });
    assert.equal((await test.post(activity)).status, 200);
  };

  it('brings the marketing contact a card, unasked, when a go-to-market offer is recorded as active', async () => {
    await install('adele', 'a:adele-chat');
    await domain().items.create({
      id: 'marketingContact',
      tenantId: DEMO_TENANT_ID,
      type: 'marketingContact',
      aadObjectId: DEMO_USERS.adele.aadObjectId,
      email: 'adele.marketing@contoso-partners.example',
      phoneE164: '+31201234567',
      preferredLanguage: 'nl-NL',
    });
    const { resource: offer } = await domain().item('benefit:gtm-silver-core', DEMO_TENANT_ID).read();
    const today = new Date().toISOString().slice(0, 10);
    await domain().item('benefit:gtm-silver-core', DEMO_TENANT_ID).replace({ ...offer, status: 'active', activationDate: today });

    const [notice] = await test.capture.waitFor(1, 'a:adele-chat', 10_000);
    const card = cardOf(notice);
    assert.ok(JSON.stringify(card).includes(nl('notifications.offerActive.title', { benefit: 'Silver Core go-to-market benefits' })));
    assert.deepEqual(submitActionsOf(card).map((action) => action.data), [{ command: 'offers' }]);
    assert.equal(test.capture.received.filter((entry) => entry.method === 'POST').length, 1, 'nobody else has a chat with the bot');
  });

  describe('the notifications command', () => {
    const submit = async (user: DemoUser, value: Record<string, unknown>, conversationId: string, id?: string) => {
      const activity = teamsMessage('', { user, serviceUrl: test.capture.url, conversationId }, { text: undefined, value, replyToId: 'settings-card', ...(id ? { id } : {}) });
      assert.equal((await test.post(activity)).status, 200);
      return test.capture.received.filter((entry) => entry.conversationId === conversationId);
    };
    const form = {
      action: 'notifications.save',
      'event.offerActive': 'true',
      'event.technicalActive': 'true',
      'event.expiry': 'true',
      'event.actionPackRenewal': 'false',
      'event.requestStatus': 'true',
      expiryLeadDays: '60, 14,2',
      renewalLeadDays: '45',
    };
    const settings = async () => (await domain().item('notificationSettings', DEMO_TENANT_ID).read()).resource;

    it('shows an admin the delivery figures with the failures’ reasons, and the settings form', async () => {
      await domain().items.create({
        id: 'outbox:expiry:x:2026-11-30:7d:lee',
        tenantId: DEMO_TENANT_ID,
        type: 'outbox',
        eventId: 'expiry:x:2026-11-30:7d',
        event: 'expiry',
        payload: {},
        recipient: DEMO_USERS.lee.aadObjectId,
        locale: 'zh-CN',
        status: 'failed',
        attempts: 1,
        createdAt: '2026-11-21T10:00:00.000Z',
        nextAttemptAt: '2026-11-21T10:00:00.000Z',
        lastError: 'conversation gone: 403 MessageWritesBlocked',
      });
      await test.post(teamsMessage('notifications', { user: 'megan', locale: 'en-US', serviceUrl: test.capture.url, conversationId: 'c-settings' }));
      const [reply] = await test.capture.waitFor(1, 'c-settings');
      const card = cardOf(reply);
      const text = JSON.stringify(card);
      assert.ok(text.includes(en('notifications.settings.failureLine', { event: en('notifications.events.expiry'), recipient: DEMO_USERS.lee.name, reason: 'conversation gone: 403 MessageWritesBlocked' })));
      const inputs = inputsOf(card);
      assert.deepEqual([...inputs.keys()], [
        'event.offerActive',
        'event.technicalActive',
        'event.expiry',
        'event.actionPackRenewal',
        'event.requestStatus',
        'expiryLeadDays',
        'renewalLeadDays',
      ]);
      assert.equal(inputs.get('expiryLeadDays')?.value, '30, 7, 1');
      assert.deepEqual(executeActionsOf(card).map((action) => action.verb), ['notifications.save']);
    });

    it('brings the form back as it was sent when a save pressed as a Universal Action is refused', async () => {
      const { action, ...data } = { ...form, expiryLeadDays: '0, 100' };
      const executed = await executeCard(test, 'alex', String(action), data);
      const inputs = inputsOf(executed.card());
      assert.equal(inputs.get('expiryLeadDays')?.value, '0, 100');
      assert.equal(inputs.get('event.actionPackRenewal')?.value, 'false');
      assert.ok(JSON.stringify(executed.card()).includes(en('refusals.invalidInput')));
      assert.equal(await settings(), undefined);
    });

    it('saves the settings once per submit, replaces the card with the result and audits it', async () => {
      const received = await submit('alex', form, 'c-save', 'save-activity');
      assert.equal(received[0]?.method, 'PUT');
      const stored = await settings();
      await submit('alex', { ...form, expiryLeadDays: '5' }, 'c-save', 'save-activity');
      assert.equal((await settings())._etag, stored._etag, 'a redelivered submit changes nothing');
      assert.deepEqual(
        { disabledEvents: stored.disabledEvents, expiryLeadDays: stored.expiryLeadDays, renewalLeadDays: stored.renewalLeadDays },
        { disabledEvents: ['actionPackRenewal'], expiryLeadDays: [60, 14, 2], renewalLeadDays: [45] },
      );
      const { resources: audits } = await domain()
        .items.query({ query: "SELECT * FROM c WHERE c.tenantId = @t AND c.type = 'audit' AND c.action = 'notifications.save'", parameters: [{ name: '@t', value: DEMO_TENANT_ID }] })
        .fetchAll();
      assert.deepEqual(audits.map((audit) => [audit.outcome, audit.actor]), [['applied', DEMO_USERS.alex.aadObjectId]]);
    });

    it('refuses an employee and a CSP-only account, whatever the card sent, and changes nothing', async () => {
      const refused = await submit('adele', form, 'c-forged');
      const holders = formatList([DEMO_USERS.alex.name, DEMO_USERS.megan.name], en);
      assert.equal(refused[0]?.activity.text, en('refusals.roleRequired', { requiredRoles: formatRoles(['globalAdmin', 'mpnPartnerAdmin'], en), holders }));
      const csp = await submit('diego', form, 'c-csp');
      assert.match(String(csp[0]?.activity.text), /You are not authorized for this action/);
      assert.equal(await settings(), undefined);
      await test.post(teamsMessage('notifications', { user: 'adele', serviceUrl: test.capture.url, conversationId: 'c-employee' }));
      const [reply] = await test.capture.waitFor(1, 'c-employee');
      assert.match(String(reply?.text), /Global admin/);
    });

    for (const [label, change] of [
      ['a lead time out of range', { expiryLeadDays: '0, 100' }],
      ['lead times that are not numbers', { renewalLeadDays: 'soon' }],
      ['a switch that is not true or false', { 'event.expiry': 'maybe' }],
      ['a field the form does not have', { everyone: 'true' }],
    ] as const) {
      it(`refuses ${label} and changes nothing`, async () => {
        const received = await submit('alex', { ...form, ...change }, `c-invalid-${label.length}`);
        assert.equal(received[0]?.activity.text, en('refusals.invalidInput'));
        assert.equal(await settings(), undefined);
      });
    }
  });
});
