import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { MARKETING_CONTACT_DOC_ID, requestDocId, type BenefitDoc, type MarketingContactDoc, type OutboxDoc } from '../../bot/domain/documents';
import { NotificationSettingsStore } from '../../bot/store/notificationSettingsStore';
import { NotificationScheduler } from '../../bot/notify/scheduler';
import { TenantIndex } from '../../bot/store/tenantIndex';
import { BenefitRepository } from '../../bot/store/benefitRepository';
import { RetentionPurge } from '../../bot/store/retentionPurge';
import { DirectoryRepository } from '../../bot/store/directoryRepository';
import { PreferenceRepository } from '../../bot/store/preferenceRepository';
import { RequestRepository } from '../../bot/store/requestRepository';
import { TenantRepository } from '../../bot/store/tenantRepository';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demo';
import { quietLogger, startDeliveryHarness, type DeliveryHarness } from '../unit/notify/deliveryHarness';

const { alex, megan, lee, adele } = DEMO_USERS;

describe('notification scheduler (state → outbox)', () => {
  let harness: DeliveryHarness;
  beforeEach(async () => {
    harness = await startDeliveryHarness();
    // 2026-12-15: the demo company's subscriptions expire in 30 days (2027-01-14).
    sinon.useFakeTimers({ now: new Date('2026-12-15T08:00:00Z'), toFake: ['Date'] });
  });
  afterEach(async () => {
    sinon.restore();
    await harness.stop();
  });

  const scheduler = () =>
    new NotificationScheduler({
      tenants: new TenantIndex(harness.container),
      directory: new DirectoryRepository(harness.documents),
      benefits: new BenefitRepository(harness.documents),
      requests: new RequestRepository(harness.documents),
      profiles: new TenantRepository(harness.documents),
      settings: new NotificationSettingsStore(harness.documents),
      preferences: new PreferenceRepository(harness.documents),
      conversations: harness.conversations,
      outbox: harness.outbox,
      logger: quietLogger,
    });
  const outbox = () => harness.documents.listByType<OutboxDoc>(DEMO_TENANT_ID, 'outbox');

  it('records each due notification once, however often and on however many instances it runs', async () => {
    await Promise.all([alex, megan, lee].map((user) => harness.install(user.aadObjectId)));
    const [one, other] = await Promise.all([scheduler().runAll(), scheduler().runAll()]);
    const recorded = (await outbox()).map((document) => document.id).sort();
    assert.ok(recorded.length > 0);
    assert.equal(one.created + other.created, recorded.length, 'each notification recorded by exactly one of the two');
    assert.equal((await scheduler().runAll()).created, 0, 'a later pass records nothing again');
    assert.deepEqual((await outbox()).map((document) => document.id).sort(), recorded);
    // The Visual Studio subscription (Lee and Megan hold it): the admins Alex and Megan, and Lee.
    const vs = recorded.filter((id) => id.startsWith('outbox:expiry:vs-professional:2027-01-14:30d:'));
    assert.deepEqual(vs, [alex, megan, lee].map((user) => `outbox:expiry:vs-professional:2027-01-14:30d:${user.aadObjectId}`).sort());
  });

  it('leaves out people without a chat with the bot, and records them once they have one', async () => {
    await harness.install(alex.aadObjectId);
    const before = await scheduler().runAll();
    assert.ok(before.unreachable > 0);
    assert.ok((await outbox()).every((document) => document.recipient === alex.aadObjectId));
    await harness.install(lee.aadObjectId);
    const after = await scheduler().runAll();
    assert.ok(after.created > 0);
    assert.ok((await outbox()).some((document) => document.recipient === lee.aadObjectId));
  });

  it('notices an offer recorded as active, by whatever wrote it, and tells the marketing contact in their language', async () => {
    await Promise.all([alex, adele].map((user) => harness.install(user.aadObjectId)));
    const contact: MarketingContactDoc = {
      id: MARKETING_CONTACT_DOC_ID,
      tenantId: DEMO_TENANT_ID,
      type: 'marketingContact',
      aadObjectId: adele.aadObjectId,
      email: 'adele.marketing@contoso-partners.example',
      phoneE164: '+31201234567',
      preferredLanguage: 'zh-CN',
    };
    await harness.documents.create(contact);
    const offer = (await harness.documents.read<BenefitDoc>(DEMO_TENANT_ID, 'benefit:gtm-silver-core'))!;
    await harness.documents.replace({ ...offer, status: 'active', activationDate: '2026-12-15', expiryDate: '2027-12-14' }, offer._etag);
    await scheduler().runAll();
    const offerNotices = (await outbox()).filter((document) => document.event === 'offerActive');
    assert.deepEqual(
      offerNotices.map((document) => [document.recipient, document.locale]).sort(),
      [[adele.aadObjectId, 'zh-CN'], [alex.aadObjectId, 'en']].sort(),
    );
    assert.equal(offerNotices[0].eventId, 'offerActive:gtm-silver-core:2026-12-15');
  });

  it('does not notify again once the notification has expired: it is kept while its event can still be due', async () => {
    await harness.install(alex.aadObjectId);
    // Resolved a week ago: announced for as long as the request is under 90 days old.
    const request = {
      id: requestDocId('REQ-20261208-ABCDEF'),
      tenantId: DEMO_TENANT_ID,
      type: 'request',
      requestId: 'REQ-20261208-ABCDEF',
      kind: 'supportRequest',
      status: 'resolved',
      category: 'other',
      reason: 'Help',
      createdAt: '2026-12-08T09:00:00.000Z',
      createdBy: alex.aadObjectId,
    } as const;
    await harness.documents.create(request);
    await scheduler().runAll();
    const [notice] = (await outbox()).filter((document) => document.event === 'requestStatus');
    assert.ok(notice, 'the status change is recorded');
    const [claimed] = await harness.outbox.claim([(await harness.outbox.get(DEMO_TENANT_ID, notice.id))!], { now: Date.now(), instanceId: 'test', leaseMs: 60_000 });
    await harness.outbox.markSent([{ notification: claimed, at: Date.now() }]);
    const purge = new RetentionPurge(harness.container);

    // 31 days on, past the default retention of 30 days, the request is still news.
    sinon.clock.setSystemTime(new Date('2027-01-15T08:00:00Z'));
    await purge.purgeTenant(DEMO_TENANT_ID, new Date());
    await scheduler().runAll();
    const statusNotices = async () => (await outbox()).filter((document) => document.event === 'requestStatus');
    assert.deepEqual((await statusNotices()).map((document) => [document.id, document.status]), [[notice.id, 'sent']], 'not recorded, so not sent, again');

    // 30 days after the request stopped being news (2027-03-08), the notification is gone, and stays gone.
    sinon.clock.setSystemTime(new Date('2027-04-08T08:00:00Z'));
    assert.ok((await purge.purgeTenant(DEMO_TENANT_ID, new Date())) >= 1);
    assert.equal(await harness.outbox.get(DEMO_TENANT_ID, notice.id), undefined);
    await scheduler().runAll();
    assert.deepEqual(await statusNotices(), []);
  });

  it('records nothing of a kind the company turned off', async () => {
    await harness.install(alex.aadObjectId);
    await new NotificationSettingsStore(harness.documents).save(
      {
        id: 'notificationSettings',
        tenantId: DEMO_TENANT_ID,
        type: 'notificationSettings',
        disabledEvents: ['expiry'],
        expiryLeadDays: [30, 7, 1],
        renewalLeadDays: [30, 7],
        updatedAt: new Date().toISOString(),
        updatedBy: alex.aadObjectId,
      },
      undefined,
    );
    await scheduler().runAll();
    assert.deepEqual((await outbox()).filter((document) => document.event === 'expiry'), []);
  });
});
