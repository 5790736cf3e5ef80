import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import type { TenantDoc } from '../../bot/domain/documents';
import { translatorFor } from '../../bot/i18n';
import { formatList, formatRoles } from '../../cards/shared/formatting';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, executeActionsOf, inputsOf, refreshOf } from '../support/cards';
import { DEMO_USERS, type DemoUser } from '../support/demo';
import { auditEvents, storedDocument } from '../support/storedDocuments';

const en = translatorFor('en');
/** What someone without an admin role hears, as the refusal presenter writes it. */
const adminsNeeded = en('refusals.roleRequired', {
  requiredRoles: formatRoles(['globalAdmin', 'mpnPartnerAdmin'], en),
  holders: formatList([DEMO_USERS.alex.name, DEMO_USERS.megan.name], en),
});
// The demo Action Pack was bought on 2026-01-15 with automatic renewal on.
const NOW = new Date('2026-11-21T10:00:00Z');

interface ActionPack {
  purchaseDate: string;
  autoRenew: boolean;
  lastRenewalDate?: string;
  autoRenewOffSince?: string;
}

describe('the Action Pack subscription through /api/messages', () => {
  const test = appPerTest();
  let conversation = 0;
  beforeEach(() => {
    sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });

  const actionPack = async (): Promise<ActionPack> =>
    (await storedDocument<{ membership: { actionPack: ActionPack } }>(test, 'tenant'))!.membership.actionPack;

  const show = async (user: DemoUser = 'alex') => {
    const conversationId = `conv-ap-${++conversation}`;
    const message = teamsMessage('action pack', { user, serviceUrl: test.capture.url, conversationId });
    await test.post(message);
    // Only the answers to this activity: a proactive notification may land in the same chat meanwhile.
    return cardOf(test.capture.sentTo(conversationId).find((sent) => sent.replyToId === message.id));
  };

  const press = async (user: DemoUser, value: Record<string, unknown>, id?: string) => {
    const [first] = (await pressCard(test, user, value, { id })).answers();
    assert.ok(first, 'the bot answered');
    return { method: first.method, text: first.activity.text as string | undefined, card: () => JSON.stringify(cardOf(first.activity)) };
  };

  const turnOff = (user: DemoUser = 'alex', id?: string) => press(user, { action: 'actionPack.turnOff', confirmed: true }, id);

  it('shows the purchase date, the next renewal date and automatic renewal, with the admin controls', async () => {
    const card = await show();
    const text = JSON.stringify(card);
    for (const expected of ['January 15, 2026', 'January 15, 2027', en('actionPack.autoRenewOn')]) assert.ok(text.includes(expected), expected);
    assert.deepEqual(executeActionsOf(card).map((action) => action.verb), ['actionPack.confirmTurnOff', 'actionPack.recordRenewal']);
    const date = inputsOf(card).get('renewalDate');
    assert.deepEqual([date?.min, date?.max], ['2026-01-15', '2026-11-21']);
  });

  it('does not make turning automatic renewal off wait for the unrelated, required renewal date', async () => {
    const card = await show();
    const buttons = new Map(executeActionsOf(card).map((action) => [action.verb, action.associatedInputs]));
    assert.equal(buttons.get('actionPack.confirmTurnOff'), 'none');
    assert.notEqual(buttons.get('actionPack.recordRenewal'), 'none', 'the renewal form still sends its date');
  });

  describe('as Universal Actions', () => {
    it('keeps a refused renewal date on the card with the reason under it', async () => {
      const executed = await executeCard(test, 'alex', 'actionPack.recordRenewal', { renewalDate: '2026-11-22' });
      const card = executed.card();
      assert.equal(inputsOf(card).get('renewalDate')?.value, '2026-11-22');
      assert.ok(JSON.stringify(card).includes(en('refusals.renewalInFuture', { renewalDate: 'November 22, 2026' })));
    });

    it('answers the warning, then the turned-off card, and a stale card refreshes to automatic renewal off', async () => {
      const stale = await show();
      const warning = (await executeCard(test, 'alex', 'actionPack.confirmTurnOff', {})).card();
      const [confirm] = executeActionsOf(warning);
      const off = (await executeCard(test, 'alex', confirm.verb, confirm.data)).card();
      assert.ok(JSON.stringify(off).includes(en('actionPack.awaitingRenewal', { renewalDate: 'January 15, 2027' })));
      const { verb, data } = refreshOf(stale);
      const refreshed = (await executeCard(test, 'megan', verb, data, { trigger: 'automatic' })).card();
      assert.ok(!executeActionsOf(refreshed).some((action) => action.verb === 'actionPack.confirmTurnOff'), 'Turn off is gone');
      assert.ok(executeActionsOf(refreshed).some((action) => action.verb === 'actionPack.turnOn'));
    });
  });

  it('shows an employee the dates without controls, naming who may change it', async () => {
    const card = await show('adele');
    assert.deepEqual(executeActionsOf(card), []);
    assert.ok(JSON.stringify(card).includes(en('actionPack.onlyAdmins', { holders: formatList([DEMO_USERS.alex.name, DEMO_USERS.megan.name], en) })));
  });

  it('asks before turning automatic renewal off, with the warning, and changes nothing until confirmed', async () => {
    const confirm = await press('alex', { action: 'actionPack.confirmTurnOff' });
    assert.equal(confirm.method, 'PUT');
    assert.ok(confirm.card().includes(en('actionPack.confirmOff.warning', { renewalDate: 'January 15, 2027' })));
    assert.equal((await actionPack()).autoRenew, true);
    const unconfirmed = await press('alex', { action: 'actionPack.turnOff' });
    assert.equal(unconfirmed.text, en('refusals.invalidInput'));
    assert.equal((await actionPack()).autoRenew, true);
  });

  it('turns automatic renewal off when confirmed, keeps the day, audits it and updates the card', async () => {
    const answer = await turnOff();
    assert.equal(answer.method, 'PUT');
    assert.ok(answer.card().includes(en('actionPack.done.turnedOff', { renewalDate: 'January 15, 2027' })));
    assert.deepEqual(await actionPack(), { purchaseDate: '2026-01-15', autoRenew: false, autoRenewOffSince: '2026-11-21' });
    assert.ok((await auditEvents(test)).some((event) => event.action === 'actionPack.turnOff' && event.outcome === 'applied'));
  });

  it('refuses to turn automatic renewal back on before a renewal is recorded', async () => {
    await turnOff();
    const answer = await press('alex', { action: 'actionPack.turnOn' });
    assert.equal(answer.text, en('refusals.autoRenewAwaitingRenewal', { since: 'November 21, 2026', renewalDate: 'January 15, 2027' }));
    assert.equal((await actionPack()).autoRenew, false);
    assert.ok((await auditEvents(test)).some((event) => event.action === 'actionPack.turnOn' && event.reason === 'autoRenewAwaitingRenewal'));
  });

  it('turns it back on after a renewal is recorded, which moves the renewal date a year on', async () => {
    await turnOff();
    sinon.clock.setSystemTime(new Date('2027-01-15T09:00:00Z'));
    const renewal = await press('alex', { action: 'actionPack.recordRenewal', renewalDate: '2027-01-15' });
    assert.equal(renewal.method, 'PUT');
    assert.ok(renewal.card().includes(en('actionPack.done.renewed', { renewalDate: 'January 15, 2027', nextRenewal: 'January 15, 2028' })));
    assert.ok(renewal.card().includes(en('actionPack.canTurnOn')), 'the switch is enabled again');
    assert.equal((await actionPack()).lastRenewalDate, '2027-01-15');

    const on = await press('megan', { action: 'actionPack.turnOn' });
    assert.equal(on.method, 'PUT');
    assert.deepEqual(await actionPack(), { purchaseDate: '2026-01-15', autoRenew: true, lastRenewalDate: '2027-01-15' });
    const again = await press('alex', { action: 'actionPack.turnOn' });
    assert.equal(again.text, en('refusals.autoRenewAlreadyOn'));
  });

  it('refuses a renewal in the future, before the purchase, or before the renewal already recorded', async () => {
    const future = await press('alex', { action: 'actionPack.recordRenewal', renewalDate: '2026-11-22' });
    assert.equal(future.text, en('refusals.renewalInFuture', { renewalDate: 'November 22, 2026' }));
    const early = await press('alex', { action: 'actionPack.recordRenewal', renewalDate: '2026-01-14' });
    assert.equal(early.text, en('refusals.renewalBeforePurchase', { renewalDate: 'January 14, 2026', purchaseDate: 'January 15, 2026' }));
    const today = await press('alex', { action: 'actionPack.recordRenewal', renewalDate: '2026-11-21' });
    assert.equal(today.method, 'PUT', 'today is not in the future');
    const older = await press('alex', { action: 'actionPack.recordRenewal', renewalDate: '2026-06-01' });
    assert.equal(older.text, en('refusals.renewalBeforeLast', { renewalDate: 'June 1, 2026', lastRenewalDate: 'November 21, 2026' }));
    assert.equal((await actionPack()).lastRenewalDate, '2026-11-21');
  });

  it('refuses a malformed renewal date and an extra field', async () => {
    for (const value of [
      { action: 'actionPack.recordRenewal', renewalDate: '15.01.2027' },
      { action: 'actionPack.recordRenewal' },
      { action: 'actionPack.turnOn', autoRenew: true },
    ]) {
      assert.equal((await press('alex', value)).text, en('refusals.invalidInput'), JSON.stringify(value));
    }
  });

  it('changes nothing for a forged submit from an employee, and audits the attempt', async () => {
    const answer = await turnOff('adele');
    assert.equal(String(answer.text), adminsNeeded);
    assert.equal((await actionPack()).autoRenew, true);
    assert.ok((await auditEvents(test)).some((event) => event.outcome === 'refused' && event.reason === 'roleRequired' && event.actor === DEMO_USERS.adele.aadObjectId));
  });

  it('applies a redelivered activity once and answers it as done', async () => {
    await turnOff('alex', 'redelivered-turn-off');
    const again = await turnOff('alex', 'redelivered-turn-off');
    assert.equal(again.method, 'PUT', 'not refused as "already off"');
    assert.equal((await auditEvents(test)).filter((event) => event.action === 'actionPack.turnOff').length, 1);
    const stored = await storedDocument<TenantDoc>(test, 'tenant');
    assert.equal(stored?.actionPackChanges?.length, 1);
  });
});
