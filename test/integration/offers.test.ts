import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { translatorFor } from '../../bot/i18n';
import { formatList } from '../../cards/shared/formatting';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, executeActionsOf, inputsOf, refreshOf, submitActionsOf } from '../support/cards';
import { DEMO_TENANT_ID, DEMO_USERS, type DemoUser } from '../support/demo';
import { MARKETING_CONTACT, SILVER_CORE, SILVER_CORE_NAME } from '../support/goToMarket';
import { auditEvents, storedDocument } from '../support/storedDocuments';

const en = translatorFor('en');
const EXPIRED_CAMPAIGN = 'gtm-cloud-platform-campaign-2025';
const GOLD_CORE = 'gtm-gold-core';

interface StoredOffer {
  status: string;
  activationDate?: string;
  expiryDate?: string;
  _etag: string;
}

describe('go-to-market offers through /api/messages', () => {
  const test = appPerTest();
  let conversation = 0;
  beforeEach(async () => {
    // An offer for Gold partners only: the demo company, Silver in Cloud Platform, does not qualify.
    await test.app.store.domain.items.create({
      id: `benefit:${GOLD_CORE}`,
      tenantId: DEMO_TENANT_ID,
      type: 'benefit',
      benefitId: GOLD_CORE,
      category: 'goToMarket',
      name: 'Gold Core go-to-market benefits',
      quantity: 1,
      status: 'available',
      offerTypes: ['Gold Core'],
      requiredLevel: 'gold',
      assignments: [],
    });
  });

  const offer = async (offerId: string): Promise<StoredOffer> =>
    (await storedDocument<StoredOffer>(test, `benefit:${offerId}`))!;
  const fakeNow = (iso: string) => {
    sinon.restore();
    sinon.useFakeTimers({ now: new Date(iso), toFake: ['Date'] });
  };

  const showOffers = async (user: DemoUser) => {
    const conversationId = `conv-gtm-${++conversation}`;
    await test.post(teamsMessage('offers', { user, serviceUrl: test.capture.url, conversationId }));
    const [reply] = await test.capture.waitFor(1, conversationId);
    return cardOf(reply);
  };

  const press = async (user: DemoUser, value: Record<string, unknown>, id?: string) => {
    const received = (await pressCard(test, user, value, { id })).received();
    return { first: received[0], text: received.find((entry) => entry.method === 'POST')?.activity.text as string | undefined };
  };

  const registerContact = () => press('megan', { action: 'marketingContact.save', contact: MARKETING_CONTACT });
  const activate = (user: DemoUser, offerId = SILVER_CORE, id?: string) => press(user, { action: 'offer.activate', offerId }, id);
  const recordActive = (user: DemoUser, expires: unknown, offerId = SILVER_CORE) =>
    press(user, { action: 'offer.recordActive', offerId, expires });

  it('lists the offers the company qualifies for, with offer types, status and expiry, expired ones as expired', async () => {
    fakeNow('2026-11-21T10:00:00Z');
    const card = await showOffers('megan');
    const text = JSON.stringify(card);
    for (const name of [SILVER_CORE_NAME, 'ISV co-sell ready marketing kit', 'Cloud Platform campaign in a box']) assert.ok(text.includes(name), name);
    assert.ok(text.includes('"text":"Silver Core"'), 'the offer type under the name');
    assert.ok(text.includes('"text":"ISV co-sell ready"'));
    assert.ok(!text.includes('Gold Core'), 'an offer the company does not qualify for is not listed');
    assert.ok(text.includes(en('offers.expiredOn', { date: 'June 30, 2026' })));
    const activations = executeActionsOf(card).filter((action) => action.verb === 'offer.activate');
    assert.deepEqual(activations.map((action) => action.data.offerId).sort(), ['gtm-isv-co-sell-ready', SILVER_CORE]);
    assert.ok(submitActionsOf(card).some((action) => action.data.command === 'marketingContact'), 'offers to register the contact');
  });

  it('shows an employee the offers without Activate, and who may activate', async () => {
    const card = await showOffers('adele');
    assert.equal(submitActionsOf(card).length + executeActionsOf(card).length, 0);
    assert.ok(JSON.stringify(card).includes(en('offers.onlyAdmins', { holders: formatList([DEMO_USERS.alex.name, DEMO_USERS.megan.name], en) })));
  });

  it('refuses to activate without a marketing contact, offers to register one with the offer id, and audits it', async () => {
    const before = await offer(SILVER_CORE);
    const pressed = await activate('megan');
    assert.equal(pressed.first?.method, 'PUT', 'the refusal takes the pressed card\'s place');
    const card = cardOf(pressed.first.activity);
    assert.ok(JSON.stringify(card).includes(en('refusals.marketingContactRequired', { offer: SILVER_CORE_NAME })));
    assert.deepEqual(submitActionsOf(card).map((action) => action.data), [{ command: 'marketingContact', offerId: SILVER_CORE, cardShows: 'offers' }]);
    assert.deepEqual(await offer(SILVER_CORE), before);
    const [event] = await auditEvents(test, 'offer.activate');
    assert.equal(event?.outcome, 'refused');
    assert.equal(event?.reason, 'marketingContactRequired');
  });

  it('registers the contact from the refusal, continues the activation, and the refused card refreshes to the offers', async () => {
    fakeNow('2026-11-21T10:00:00Z');
    const refusal = (await executeCard(test, 'megan', 'offer.activate', { offerId: SILVER_CORE })).card();
    const [register] = submitActionsOf(refusal);

    const form = cardOf((await press('megan', register.data)).first.activity);
    assert.ok(inputsOf(form).has('phone'));
    const [review] = submitActionsOf(form);
    assert.equal(review?.data.offerId, SILVER_CORE, 'the form carries the offer on');

    const confirm = cardOf((await press('megan', { ...review.data, ...MARKETING_CONTACT })).first.activity);
    assert.ok(JSON.stringify(confirm).includes(en('marketingContact.confirm.next')));
    const [save] = executeActionsOf(confirm);
    assert.equal(save?.data.offerId, SILVER_CORE);

    const saved = await executeCard(test, 'megan', save.verb, save.data);
    const result = JSON.stringify(saved.card());
    assert.ok(result.includes(en('marketingContact.saved.title')));
    assert.ok(result.includes(en('offers.activatedAfterContact', { offer: SILVER_CORE_NAME })));
    const activated = await offer(SILVER_CORE);
    assert.equal(activated.status, 'activationPending');
    assert.equal(activated.activationDate, '2026-11-21');

    const { verb, data } = refreshOf(refusal);
    const offers = (await executeCard(test, 'megan', verb, data, { trigger: 'automatic' })).card();
    assert.ok(JSON.stringify(offers).includes(en('offers.status.activationPending')));
    assert.ok(!executeActionsOf(offers).some((action) => action.data.offerId === SILVER_CORE), 'Activate is gone');
    assert.ok(!submitActionsOf(offers).some((action) => action.data.command === 'marketingContact'), 'no contact is asked for');
  });

  it('brings the form back with what was typed when the contact is refused on saving', async () => {
    const refused = await executeCard(test, 'megan', 'marketingContact.save', {
      contact: { ...MARKETING_CONTACT, email: 'partnercenter@contoso-partners.example' },
    });
    const card = refused.card();
    assert.equal(inputsOf(card).get('email')?.value, 'partnercenter@contoso-partners.example');
    assert.equal(inputsOf(card).get('phone')?.value, MARKETING_CONTACT.phone);
    assert.ok(JSON.stringify(card).includes(en('marketingContact.reviewButton')));
  });

  it('activates with a contact: activation pending, the card replaced by the result, audited', async () => {
    fakeNow('2026-11-21T10:00:00Z');
    await registerContact();
    const pressed = await activate('megan');
    assert.equal(pressed.first?.method, 'PUT');
    assert.ok(JSON.stringify(cardOf(pressed.first.activity)).includes(en('offers.activated.title', { offer: SILVER_CORE_NAME })));
    const activated = await offer(SILVER_CORE);
    assert.equal(activated.status, 'activationPending');
    assert.equal(activated.activationDate, '2026-11-21');
    assert.ok((await auditEvents(test, 'offer.activate')).some((event) => event.outcome === 'applied' && event.actor === DEMO_USERS.megan.aadObjectId));

    const again = await activate('alex');
    assert.equal(again.text, en('refusals.offerActivationPending', { offer: SILVER_CORE_NAME }));
  });

  it('activates once when Teams redelivers the same activity', async () => {
    await registerContact();
    fakeNow('2026-11-21T10:00:00Z');
    await activate('megan', SILVER_CORE, 'redelivered-activation');
    const first = await offer(SILVER_CORE);
    fakeNow('2026-11-22T10:00:00Z');
    const again = await activate('megan', SILVER_CORE, 'redelivered-activation');
    assert.equal(again.first?.method, 'PUT', 'the redelivery answers with the same result, not a refusal');
    const second = await offer(SILVER_CORE);
    assert.equal(second._etag, first._etag);
    assert.equal(second.activationDate, '2026-11-21');
  });

  it('changes nothing for a forged activation from an employee, and audits the attempt', async () => {
    await registerContact();
    const before = await offer(SILVER_CORE);
    const forged = await activate('adele');
    assert.match(String(forged.text), new RegExp(en('roles.mpnPartnerAdmin')));
    assert.deepEqual(await offer(SILVER_CORE), before);
    const [event] = await auditEvents(test, 'offer.activate');
    assert.equal(event?.reason, 'roleRequired');
    assert.equal(event?.actor, DEMO_USERS.adele.aadObjectId);
  });

  it('refuses an expired offer, one the company does not qualify for, an unknown one and a malformed request', async () => {
    await registerContact();
    assert.equal((await activate('megan', EXPIRED_CAMPAIGN)).text, en('refusals.offerExpired', { offer: 'Cloud Platform campaign in a box' }));
    assert.equal((await activate('megan', GOLD_CORE)).text, en('refusals.offerRequirementNotMet', { offer: 'Gold Core go-to-market benefits' }));
    assert.equal((await activate('megan', 'vs-professional')).text, en('refusals.offerNotFound'));
    assert.equal((await press('megan', { action: 'offer.activate', offerId: SILVER_CORE, status: 'active' })).text, en('refusals.invalidInput'));
    assert.equal((await offer(SILVER_CORE)).status, 'available');
  });

  describe('recording an activation as active', () => {
    beforeEach(async () => {
      await registerContact();
      fakeNow('2026-11-21T10:00:00Z');
      await activate('megan');
    });

    it('refuses an expiry date of today and accepts tomorrow', async () => {
      const today = await recordActive('megan', '2026-11-21');
      assert.equal(today.text, en('refusals.offerExpiryNotAhead', { expires: 'November 21, 2026' }));
      assert.equal((await offer(SILVER_CORE)).status, 'activationPending');

      const tomorrow = await recordActive('megan', '2026-11-22');
      assert.equal(tomorrow.first?.method, 'PUT');
      assert.ok(JSON.stringify(cardOf(tomorrow.first.activity)).includes(en('offers.recorded.title', { offer: SILVER_CORE_NAME })));
      const active = await offer(SILVER_CORE);
      assert.equal(active.status, 'active');
      assert.equal(active.expiryDate, '2026-11-22');
    });

    it('keeps the typed date and puts the refusal under it when pressed as a Universal Action', async () => {
      const executed = await executeCard(test, 'megan', 'offer.recordActive', { offerId: SILVER_CORE, expires: '2026-11-21' });
      const card = executed.card();
      assert.equal(inputsOf(card).get('expires')?.value, '2026-11-21');
      assert.equal(inputsOf(card).get('offerId')?.value, SILVER_CORE);
      assert.ok(JSON.stringify(card).includes(en('refusals.offerExpiryNotAhead', { expires: 'November 21, 2026' })));
      assert.equal((await offer(SILVER_CORE)).status, 'activationPending');
    });

    it('offers the form for the pending offer only, with tomorrow as the earliest date', async () => {
      const card = await showOffers('megan');
      const choices = inputsOf(card).get('offerId')?.choices as { value: string }[];
      assert.deepEqual(choices.map((choice) => choice.value), [SILVER_CORE]);
      assert.equal(inputsOf(card).get('expires')?.min, '2026-11-22');
      assert.ok(!executeActionsOf(card).some((action) => action.verb === 'offer.activate' && action.data.offerId === SILVER_CORE));
    });

    it('shows an active offer as expired once its expiry date has passed', async () => {
      await recordActive('megan', '2026-12-31');
      fakeNow('2026-12-31T23:59:00Z');
      assert.ok(JSON.stringify(await showOffers('megan')).includes(`"value":"${en('offers.status.active')}"`));
      fakeNow('2027-01-01T00:00:00Z');
      const text = JSON.stringify(await showOffers('megan'));
      assert.ok(text.includes(en('offers.expiredOn', { date: 'December 31, 2026' })));
    });

    it('refuses an offer that is not pending, a malformed date, and an employee', async () => {
      assert.equal((await recordActive('megan', '2027-06-30', 'gtm-isv-co-sell-ready')).text, en('refusals.offerNotPending', { offer: 'ISV co-sell ready marketing kit' }));
      assert.equal((await recordActive('megan', '30.06.2027')).text, en('refusals.invalidInput'));
      assert.equal((await recordActive('megan', undefined)).text, en('refusals.invalidInput'));
      const forged = await recordActive('adele', '2027-06-30');
      assert.match(String(forged.text), new RegExp(en('roles.mpnPartnerAdmin')));
      assert.equal((await offer(SILVER_CORE)).status, 'activationPending');
    });
  });
});
