import { strict as assert } from 'node:assert';
import type { RequestDoc } from '../../bot/domain/documents';
import { translatorFor } from '../../bot/i18n';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import { formatList, formatRoles } from '../../cards/shared/formatting';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, cardShows, executeActionsOf, inputsOf, refreshOf } from '../support/cards';
import { DEMO_USERS, type DemoUser } from '../support/demo';
import { auditEvents, storedDocument } from '../support/storedDocuments';

const en = translatorFor('en');
/** What someone without an admin role hears, as the refusal presenter writes it. */
const adminsNeeded = en('refusals.roleRequired', {
  requiredRoles: formatRoles(['globalAdmin', 'mpnPartnerAdmin'], en),
  holders: formatList([DEMO_USERS.alex.name, DEMO_USERS.megan.name], en),
});
const OFFICE = 'software-office-ltsc-2024';

describe('service requests through /api/messages', () => {
  const test = appPerTest();
  let conversation = 0;

  const read = async (requestId: string): Promise<RequestDoc> =>
    (await storedDocument<RequestDoc>(test, `request:${requestId}`))!;

  const submit = async (user: DemoUser, value: Record<string, unknown>, id?: string) => (await pressCard(test, user, value, { id })).answers();

  const list = async (user: DemoUser = 'alex') => {
    const conversationId = `conv-requests-list-${++conversation}`;
    const message = teamsMessage('requests', { user, serviceUrl: test.capture.url, conversationId });
    await test.post(message);
    // Only the answers to this activity: a proactive notification may land in the same chat meanwhile.
    const reply = test.capture.sentTo(conversationId).find((sent) => sent.replyToId === message.id);
    assert.ok(reply, 'the bot answered');
    return reply;
  };

  /** An admin files a cancellation; returns its request id as the result card shows it. */
  const fileCancellation = async (): Promise<string> => {
    const [result] = await submit('alex', { action: 'cancellation.file', target: OFFICE, reason: 'Budget cut', refund: false });
    const match = /REQ-\d{8}-[0-9A-F]{6}/.exec(JSON.stringify(cardOf(result.activity)));
    assert.ok(match, 'the result card names the request');
    return match[0];
  };

  it('lists a filed request with its id, kind, benefit, status, date and author, and a status picker', async () => {
    const requestId = await fileCancellation();
    const card = cardOf(await list());
    const text = JSON.stringify(card);
    for (const expected of [requestId, en('requests.kinds.cancellation'), 'Office LTSC Professional Plus 2024', en('requests.statuses.open'), DEMO_USERS.alex.name, 'Budget cut']) {
      assert.ok(text.includes(expected), expected);
    }
    const picker = inputsOf(card).get(`status.${requestId}`);
    assert.deepEqual((picker?.choices as { value: string }[]).map((choice) => choice.value), ['inProgress', 'resolved', 'rejected']);
    assert.deepEqual(executeActionsOf(card).map((action) => [action.verb, action.data]), [['request.status', { requestId }], ['request.ticket', { requestId }]]);
    assert.ok(text.includes(en('requests.noTicket')), 'not filed with Microsoft yet');
    assert.ok(inputsOf(card).has(`ticket.${requestId}`));
  });

  it('says a filed cancellation is recorded here only, names what to choose in Partner Center and the text to paste, and opens it', async () => {
    const [result] = await submit('alex', { action: 'cancellation.file', target: OFFICE, reason: 'Budget cut', refund: false });
    const card = cardOf(result.activity);
    const text = JSON.stringify(card);
    const requestId = /REQ-\d{8}-[0-9A-F]{6}/.exec(text)![0];
    for (const expected of [en('filing.recordedHere'), en('filing.whereSupport'), en('requests.categories.membershipBenefitCancellation'), en('filing.pasteText', { reason: 'Budget cut', requestId })]) {
      assert.ok(text.includes(JSON.stringify(expected).slice(1, -1)), expected);
    }
    assert.ok(text.includes('"Action.OpenUrl"') && text.includes('https://partnercenter.microsoft.com/partner/support'));
  });

  it('keeps Microsoft\'s ticket number with the request once an admin records it, shows it on the card, and audits it', async () => {
    const requestId = await fileCancellation();
    const received = await submit('megan', { action: 'request.ticket', requestId, [`ticket.${requestId}`]: ' 2612010040001234 ' });
    const updated = JSON.stringify(cardOf(received[0].activity));
    assert.ok(updated.includes(en('requests.ticketRecorded', { requestId, ticketNumber: '2612010040001234' })));
    const stored = await read(requestId);
    assert.equal(stored.microsoftTicket?.number, '2612010040001234');
    assert.equal(stored.microsoftTicket?.by, DEMO_USERS.megan.aadObjectId);
    assert.equal(stored.status, 'open', 'the status, and its notifications, are left as they are');
    assert.ok(JSON.stringify(cardOf(await list())).includes('2612010040001234'));
    assert.ok((await auditEvents(test)).some((event) => event.action === 'request.ticket' && event.outcome === 'applied'));
  });

  it('refuses a ticket number from an employee, a malformed one, and one the request already has', async () => {
    const requestId = await fileCancellation();
    const adele = await submit('adele', { action: 'request.ticket', requestId, [`ticket.${requestId}`]: '2612010040001234' });
    assert.equal(adele[0]?.activity.text, adminsNeeded);
    const malformed = await submit('alex', { action: 'request.ticket', requestId, [`ticket.${requestId}`]: 'DROP TABLE;' });
    assert.equal(malformed[0]?.activity.text, en('refusals.invalidInput'));
    assert.equal((await read(requestId)).microsoftTicket, undefined);
    await submit('alex', { action: 'request.ticket', requestId, [`ticket.${requestId}`]: '2612010040001234' });
    const again = await submit('alex', { action: 'request.ticket', requestId, [`ticket.${requestId}`]: '2612010040001234' });
    assert.equal(again[0]?.activity.text, en('refusals.ticketUnchanged', { requestId, ticketNumber: '2612010040001234' }));
  });

  it('shows the reason an admin typed as written, not as a link', async () => {
    const phishing = '[Verify your login](https://evil.example/login)';
    await submit('alex', { action: 'cancellation.file', target: OFFICE, reason: phishing, refund: false });
    const card = cardOf(await list('megan'));
    assert.ok(cardShows(card, escapeMarkdown(phishing)), 'the reason is on the card, escaped');
    assert.ok(!cardShows(card, phishing), 'and never as Markdown would take it');
    assert.equal((await read(/REQ-\d{8}-[0-9A-F]{6}/.exec(JSON.stringify(card))![0])).reason, phishing, 'stored as typed');
  });

  it('says so when there are no requests yet', async () => {
    assert.ok(JSON.stringify(cardOf(await list())).includes(en('requests.none')));
  });

  it('lets an admin change the status: stored with who and which activity, audited, and the card updated in place', async () => {
    const requestId = await fileCancellation();
    const received = await submit('megan', { action: 'request.status', requestId, [`status.${requestId}`]: 'inProgress' });
    assert.equal(received[0]?.method, 'PUT');
    const updated = JSON.stringify(cardOf(received[0].activity));
    assert.ok(updated.includes(en('requests.updated', { requestId, status: en('requests.statuses.inProgress') })));
    const stored = await read(requestId);
    assert.equal(stored.status, 'inProgress');
    assert.deepEqual(stored.statusChanges?.map((change) => [change.status, change.by]), [['inProgress', DEMO_USERS.megan.aadObjectId]]);
    assert.ok((await auditEvents(test)).some((event) => event.action === 'request.status' && event.outcome === 'applied' && event.actor === DEMO_USERS.megan.aadObjectId));
  });

  it('changes the status once when Teams redelivers the update', async () => {
    const requestId = await fileCancellation();
    const value = { action: 'request.status', requestId, [`status.${requestId}`]: 'resolved' };
    await submit('alex', value, 'redelivered-status');
    const again = await submit('alex', value, 'redelivered-status');
    assert.equal(again[0]?.method, 'PUT', 'the redelivery is answered as done, not refused');
    assert.equal((await read(requestId)).statusChanges?.length, 1);
    assert.equal((await auditEvents(test)).filter((event) => event.action === 'request.status').length, 1);
  });

  it('refuses setting the status it already has', async () => {
    const requestId = await fileCancellation();
    const received = await submit('alex', { action: 'request.status', requestId, [`status.${requestId}`]: 'open' });
    assert.equal(received[0]?.activity.text, en('refusals.statusUnchanged', { requestId }));
  });

  it('answers an update pressed as a Universal Action with the list, and a stale list refreshes to the new status', async () => {
    const requestId = await fileCancellation();
    const stale = cardOf(await list('megan'));
    const executed = await executeCard(test, 'megan', 'request.status', { requestId, [`status.${requestId}`]: 'inProgress' });
    const updated = JSON.stringify(executed.card());
    assert.ok(updated.includes(en('requests.updated', { requestId, status: en('requests.statuses.inProgress') })));
    const refused = await executeCard(test, 'megan', 'request.status', { requestId, [`status.${requestId}`]: 'inProgress' });
    assert.ok(JSON.stringify(refused.card()).includes(en('refusals.statusUnchanged', { requestId })), 'the refusal is on the list');
    const { verb, data } = refreshOf(stale);
    const refreshed = (await executeCard(test, 'alex', verb, data, { trigger: 'automatic' })).card();
    assert.ok(JSON.stringify(refreshed).includes(`"value":"${en('requests.statuses.inProgress')}"`));
  });

  it('refuses an employee both the list and a forged status change, and audits the attempt', async () => {
    const requestId = await fileCancellation();
    assert.equal(String((await list('adele')).text), adminsNeeded);
    const received = await submit('adele', { action: 'request.status', requestId, [`status.${requestId}`]: 'resolved' });
    assert.equal(String(received[0]?.activity.text), adminsNeeded);
    assert.equal((await read(requestId)).status, 'open');
    assert.ok((await auditEvents(test)).some((event) => event.action === 'request.status' && event.outcome === 'refused' && event.actor === DEMO_USERS.adele.aadObjectId));
  });

  it('refuses an unknown status, an extra field and an unknown request', async () => {
    const requestId = await fileCancellation();
    for (const value of [
      { action: 'request.status', requestId, [`status.${requestId}`]: 'closed' },
      { action: 'request.status', requestId, [`status.${requestId}`]: 'resolved', status: 'rejected' },
      { action: 'request.status', requestId },
    ]) {
      const received = await submit('alex', value);
      assert.equal(received[0]?.activity.text, en('refusals.invalidInput'), JSON.stringify(value));
    }
    const unknown = await submit('alex', { action: 'request.status', requestId: 'REQ-0', 'status.REQ-0': 'resolved' });
    assert.equal(unknown[0]?.activity.text, en('refusals.requestNotFound', { requestId: 'REQ-0' }));
    assert.equal((await read(requestId)).status, 'open');
  });
});
