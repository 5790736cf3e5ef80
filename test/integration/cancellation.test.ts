import { strict as assert } from 'node:assert';
import type { TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import sinon from 'sinon';
import { ACTION_PACK_CANCELLATION_CATEGORY } from '../../bot/domain/request';
import { translatorFor } from '../../bot/i18n';
import { BENEFIT_CANCELLATION_CATEGORY } from '../../bot/services/cancellations';
import { resolveCaller } from '../../bot/services/caller';
import { CancellationDialog } from '../../dialogs/cancellation/cancellationDialog';
import { CALLER_TURN_KEY } from '../../dialogs/turn';
import { formatList, formatRoles } from '../../cards/shared/formatting';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, executeActionsOf } from '../support/cards';
import { DEMO_TENANT_ID, DEMO_USERS, type DemoUser } from '../support/demo';
import { openDialogServices, type DialogServices } from '../support/dialogServices';
import { auditEvents, storedDocumentsOfType } from '../support/storedDocuments';

const en = translatorFor('en');
/** What someone without an admin role hears, as the refusal presenter writes it. */
const adminsNeeded = en('refusals.roleRequired', {
  requiredRoles: formatRoles(['globalAdmin', 'mpnPartnerAdmin'], en),
  holders: formatList([DEMO_USERS.alex.name, DEMO_USERS.megan.name], en),
});
const OFFICE = { id: 'software-office-ltsc-2024', name: 'Office LTSC Professional Plus 2024' };
const WINDOWS = { id: 'software-windows-11-enterprise', name: 'Windows 11 Enterprise' };
// Everything in the demo company was bought on 2026-01-15: day 30 is 2026-02-14, day 31 is 2026-02-15.
const DAY_30 = new Date('2026-02-14T23:59:00Z');
const DAY_31 = new Date('2026-02-15T00:00:00Z');

interface StoredRequest {
  requestId: string;
  kind: string;
  status: string;
  category: string;
  benefitId?: string;
  reason: string;
  createdBy: string;
  refundEligible?: boolean;
}

describe('cancellation requests through /api/messages', () => {
  const test = appPerTest();
  let conversation = 0;

  const storedRequests = () => storedDocumentsOfType<StoredRequest>(test, 'request');

  /** Talks through the waterfall in one conversation: the command, the choice, the reason; returns the last reply. */
  const converse = async (user: DemoUser, ...texts: string[]) => {
    const conversationId = `conv-cancel-${++conversation}`;
    const sent = new Set<unknown>();
    for (const text of texts) {
      const message = teamsMessage(text, { user, serviceUrl: test.capture.url, conversationId });
      sent.add(message.id);
      assert.equal((await test.post(message)).status, 200);
    }
    // Only the answers to this activity: a proactive notification may land in the same chat meanwhile.
    const replies = test.capture.sentTo(conversationId).filter((reply) => sent.has(reply.replyToId));
    return { replies, last: replies.at(-1)! };
  };

  const submit = async (user: DemoUser, value: Record<string, unknown>, id?: string) => (await pressCard(test, user, value, { id })).answers();

  const confirmationFor = async (target: string, reason = 'We bought it by mistake') => {
    const { last } = await converse('alex', 'cancel', target, reason);
    const card = cardOf(last);
    // Compared as JSON strings, so quotes in the texts are escaped the same way on both sides.
    const text = { includes: (expected: string) => JSON.stringify(card).includes(JSON.stringify(expected).slice(1, -1)) };
    return { card, text, actions: executeActionsOf(card) };
  };

  it('asks what to cancel, offering the Action Pack and the live benefits and offers only', async () => {
    const { last } = await converse('alex', 'cancel');
    const offered = JSON.stringify(last);
    assert.ok(offered.includes(en('cancellation.actionPack')));
    assert.ok(offered.includes(OFFICE.name));
    assert.ok(!offered.includes('Cloud Platform campaign'), 'an expired offer is not offered');
  });

  it('offers a refund on day 30 after the purchase, and says until when', async () => {
    sinon.useFakeTimers({ now: DAY_30, toFake: ['Date'] });
    const { text, actions } = await confirmationFor(OFFICE.name);
    assert.ok(text.includes(en('cancellation.confirm.eligible', { purchaseDate: 'January 15, 2026', deadline: 'February 14, 2026' })));
    assert.deepEqual(actions.map((action) => [action.title, action.data.refund]), [[en('cancellation.confirm.fileButton'), true]]);
    assert.equal(actions[0].verb, 'cancellation.file');
    assert.deepEqual(actions[0].data, { target: OFFICE.id, reason: 'We bought it by mistake', refund: true });
  });

  it('says on day 31 that the 30-day window has passed, with the dates, and offers filing without refund', async () => {
    sinon.useFakeTimers({ now: DAY_31, toFake: ['Date'] });
    const { text, actions } = await confirmationFor(OFFICE.name);
    assert.ok(
      text.includes(en('cancellation.confirm.windowPassed', { target: OFFICE.name, purchaseDate: 'January 15, 2026', deadline: 'February 14, 2026' })),
    );
    assert.ok(text.includes(en('cancellation.confirm.insist')));
    assert.deepEqual(actions.map((action) => [action.title, action.data.refund]), [[en('cancellation.confirm.fileWithoutRefundButton'), false]]);
  });

  it('says that activated software rules out a refund, even inside the window', async () => {
    sinon.useFakeTimers({ now: new Date('2026-01-20T10:00:00Z'), toFake: ['Date'] });
    const { text, actions } = await confirmationFor(WINDOWS.name);
    assert.ok(text.includes(en('cancellation.confirm.softwareActivated', { software: WINDOWS.name })));
    assert.ok(!text.includes(en('cancellation.confirm.windowPassed', { target: WINDOWS.name, purchaseDate: 'January 15, 2026', deadline: 'February 14, 2026' })));
    assert.deepEqual(actions.map((action) => action.data.refund), [false]);
  });

  it('files a refund request on day 30: an id, status open, the category, and the card replaced by the result', async () => {
    sinon.useFakeTimers({ now: DAY_30, toFake: ['Date'] });
    const received = await submit('alex', { action: 'cancellation.file', target: OFFICE.id, reason: 'Not needed', refund: true });
    const [request] = await storedRequests();
    assert.ok(request, 'a request is stored');
    assert.match(request.requestId, /^REQ-20260214-[0-9A-F]{6}$/);
    assert.deepEqual(
      { kind: request.kind, status: request.status, category: request.category, benefitId: request.benefitId, refund: request.refundEligible, by: request.createdBy },
      { kind: 'cancellation', status: 'open', category: BENEFIT_CANCELLATION_CATEGORY, benefitId: OFFICE.id, refund: true, by: DEMO_USERS.alex.aadObjectId },
    );
    assert.equal(received[0]?.method, 'PUT', 'the confirmation is updated in place');
    assert.ok(JSON.stringify(cardOf(received[0].activity)).includes(en('cancellation.filed.title', { requestId: request.requestId })));
    assert.ok((await auditEvents(test)).some((event) => event.action === 'cancellation.file' && event.outcome === 'applied'));
  });

  it('refuses a refund on day 31 even when the card asks for one, and files it when the admin insists without', async () => {
    sinon.useFakeTimers({ now: DAY_31, toFake: ['Date'] });
    const forged = await submit('alex', { action: 'cancellation.file', target: OFFICE.id, reason: 'Not needed', refund: true });
    assert.equal(forged[0]?.activity.text, en('refusals.refundWindowPassed', { purchaseDate: 'January 15, 2026', deadline: 'February 14, 2026' }));
    assert.deepEqual(await storedRequests(), []);
    await submit('alex', { action: 'cancellation.file', target: OFFICE.id, reason: 'Not needed', refund: false });
    const requests = await storedRequests();
    assert.deepEqual(requests.map((request) => request.refundEligible), [false]);
  });

  it('keeps the confirmation with the reason typed and puts a refusal pressed as a Universal Action on it', async () => {
    sinon.useFakeTimers({ now: DAY_31, toFake: ['Date'] });
    const executed = await executeCard(test, 'alex', 'cancellation.file', { target: OFFICE.id, reason: 'Not needed', refund: true });
    const card = executed.card() as { body: Record<string, unknown>[] };
    assert.equal(card.body[1]?.text, en('refusals.refundWindowPassed', { purchaseDate: 'January 15, 2026', deadline: 'February 14, 2026' }));
    assert.ok(JSON.stringify(card).includes('"value":"Not needed"'), 'the reason is kept');
    const [fileWithout] = executeActionsOf(card);
    assert.deepEqual(fileWithout?.data, { target: OFFICE.id, reason: 'Not needed', refund: false }, 'filing without refund is offered');
    assert.deepEqual(await storedRequests(), []);
  });

  it('refuses a refund for activated software', async () => {
    sinon.useFakeTimers({ now: DAY_30, toFake: ['Date'] });
    const received = await submit('alex', { action: 'cancellation.file', target: WINDOWS.id, reason: 'Not needed', refund: true });
    assert.equal(received[0]?.activity.text, en('refusals.refundSoftwareActivated', { software: WINDOWS.name }));
    assert.deepEqual(await storedRequests(), []);
  });

  it('files the Action Pack cancellation as "Help with partner invoice, payment, or reconciliation file"', async () => {
    sinon.useFakeTimers({ now: DAY_30, toFake: ['Date'] });
    const { text, actions } = await confirmationFor(en('cancellation.actionPack'));
    assert.ok(text.includes(en('cancellation.confirm.actionPackNote')));
    // The demo company activated Windows, and the Action Pack takes its software with it.
    assert.ok(text.includes(en('cancellation.confirm.softwareActivated', { software: WINDOWS.name })));
    await executeCard(test, 'alex', actions[0].verb, actions[0].data);
    const [request] = await storedRequests();
    assert.equal(request?.category, ACTION_PACK_CANCELLATION_CATEGORY);
    assert.equal(request?.benefitId, undefined);
    assert.equal(en(`requests.categories.${ACTION_PACK_CANCELLATION_CATEGORY}`), 'Help with partner invoice, payment, or reconciliation file');
  });

  it('files once when Teams redelivers the same submit', async () => {
    const value = { action: 'cancellation.file', target: OFFICE.id, reason: 'Not needed', refund: false };
    const first = await submit('alex', value, 'redelivered-cancellation');
    const second = await submit('alex', value, 'redelivered-cancellation');
    assert.equal((await storedRequests()).length, 1);
    assert.equal((await auditEvents(test)).filter((event) => event.action === 'cancellation.file').length, 1);
    assert.deepEqual(cardOf(second[0].activity), cardOf(first[0].activity), 'the redelivery gets the same answer');
  });

  it('changes nothing for a forged submit from an employee, names the admins, and audits the attempt', async () => {
    const received = await submit('adele', { action: 'cancellation.file', target: OFFICE.id, reason: 'Not needed', refund: false });
    assert.equal(
      received[0]?.activity.text,
      adminsNeeded,
    );
    assert.deepEqual(await storedRequests(), []);
    assert.ok((await auditEvents(test)).some((event) => event.outcome === 'refused' && event.reason === 'roleRequired' && event.actor === DEMO_USERS.adele.aadObjectId));
  });

  it('does not even start the conversation for an employee', async () => {
    const { last } = await converse('adele', 'cancel');
    assert.equal(String(last.text), adminsNeeded);
  });

  it('refuses a payload with a missing, extra, empty or oversized field, and an unknown or expired target', async () => {
    for (const value of [
      { action: 'cancellation.file', target: OFFICE.id, reason: 'x' },
      { action: 'cancellation.file', target: OFFICE.id, reason: 'x', refund: false, requestId: 'REQ-1' },
      { action: 'cancellation.file', target: OFFICE.id, reason: '   ', refund: false },
      { action: 'cancellation.file', target: OFFICE.id, reason: 'x'.repeat(501), refund: false },
      { action: 'cancellation.file', target: OFFICE.id, reason: 'x', refund: 'false' },
    ]) {
      const received = await submit('alex', value);
      assert.equal(received[0]?.activity.text, en('refusals.invalidInput'), JSON.stringify(value).slice(0, 100));
    }
    const unknown = await submit('alex', { action: 'cancellation.file', target: 'no-such-benefit', reason: 'x', refund: false });
    assert.equal(unknown[0]?.activity.text, en('refusals.benefitNotFound'));
    const expired = await submit('alex', { action: 'cancellation.file', target: 'gtm-cloud-platform-campaign-2025', reason: 'x', refund: false });
    assert.match(String(expired[0]?.activity.text), /has expired or is cancelled already/);
    assert.deepEqual(await storedRequests(), []);
  });

  describe('while a cancellation request for the same target is open', () => {
    const fileOffice = (reason = 'Not needed') =>
      submit('alex', { action: 'cancellation.file', target: OFFICE.id, reason, refund: false });
    const changeStatus = (requestId: string, status: string) =>
      submit('megan', { action: 'request.status', requestId, [`status.${requestId}`]: status });
    const officeRefusal = (requestId: string, status: string) =>
      en('refusals.cancellationOpen', { benefit: OFFICE.name, requestId, status, filedOn: 'February 14, 2026' });

    it('refuses a second one for the benefit, naming the open request and its status, until that one is closed', async () => {
      sinon.useFakeTimers({ now: DAY_30, toFake: ['Date'] });
      await fileOffice();
      const [first] = await storedRequests();
      assert.ok(first, 'the first request is filed');

      const second = await fileOffice('Filed again');
      assert.equal(second[0]?.activity.text, officeRefusal(first.requestId, 'open'));
      assert.ok(String(second[0]?.activity.text).includes(`${first.requestId} (Open)`), 'the status is named in words');
      await changeStatus(first.requestId, 'inProgress');
      const third = await fileOffice('Filed a third time');
      assert.equal(third[0]?.activity.text, officeRefusal(first.requestId, 'inProgress'));
      assert.deepEqual((await storedRequests()).map((request) => request.requestId), [first.requestId]);
      assert.equal((await auditEvents(test, 'cancellation.file')).filter((event) => event.reason === 'cancellationOpen').length, 2);

      await changeStatus(first.requestId, 'rejected');
      await fileOffice('Rejected, so asking again');
      assert.equal((await storedRequests()).length, 2, 'a closed request does not stand in the way');
    });

    it('refuses it as soon as it is chosen, before the reason is asked for', async () => {
      sinon.useFakeTimers({ now: DAY_30, toFake: ['Date'] });
      await fileOffice();
      const [first] = await storedRequests();
      const { last, replies } = await converse('alex', 'cancel', OFFICE.name);
      assert.equal(String(last.text), officeRefusal(first.requestId, 'open'));
      const askReason = en('cancellation.askReason', { target: OFFICE.name });
      assert.ok(!replies.some((reply) => reply.text === askReason), 'no reason is asked for');
    });

    it('refuses a second one for the Action Pack, but not one for a benefit', async () => {
      sinon.useFakeTimers({ now: DAY_30, toFake: ['Date'] });
      const actionPack = { action: 'cancellation.file', target: 'actionPack', reason: 'Closing down', refund: false };
      await submit('alex', actionPack);
      const [first] = await storedRequests();
      const again = await submit('megan', actionPack);
      assert.equal(
        again[0]?.activity.text,
        en('refusals.actionPackCancellationOpen', { requestId: first.requestId, status: 'open', filedOn: 'February 14, 2026' }),
      );
      await fileOffice();
      assert.equal((await storedRequests()).length, 2);
    });

    it('keeps one request when admins file for the same benefit at the same moment, and refuses the others', async () => {
      sinon.useFakeTimers({ now: DAY_30, toFake: ['Date'] });
      const value = { action: 'cancellation.file', reason: 'Not needed', target: OFFICE.id, refund: false };
      const answers = await Promise.all((['alex', 'megan', 'alex', 'megan'] as const).map((user) => submit(user, value)));
      const requests = await storedRequests();
      assert.equal(requests.length, 1, `one request stands, not ${requests.length}`);
      const texts = answers.map((answer) => (typeof answer[0]?.activity.text === 'string' ? answer[0].activity.text : ''));
      const refusal = officeRefusal(requests[0].requestId, 'open');
      assert.equal(texts.filter((text) => text === refusal).length, answers.length - 1, texts.join('\n'));
    });
  });
});

describe('the cancellation dialog (DialogTestClient on the real services and an embedded store)', () => {
  let real: DialogServices;
  before(async () => {
    real = await openDialogServices('cancellation-dialog');
  });
  after(async () => {
    sinon.restore();
    await real.store.close();
  });

  const clientFor = async (user: DemoUser) => {
    const caller = await resolveCaller(
      { from: { id: `29:${DEMO_USERS[user].aadObjectId}`, name: DEMO_USERS[user].name, aadObjectId: DEMO_USERS[user].aadObjectId }, conversation: { id: 'dialog-test', tenantId: DEMO_TENANT_ID, isGroup: false, conversationType: 'personal', name: '' }, locale: 'en-US' },
      real.directory,
    );
    const knowsCaller = {
      onTurn: async (context: TurnContext, next: () => Promise<void>) => {
        context.turnState.set(CALLER_TURN_KEY, caller);
        await next();
      },
    };
    return new DialogTestClient('msteams', new CancellationDialog(real.services), undefined, [knowsCaller]);
  };

  it('walks an admin from the choice through the reason to a confirmation card with the verdict', async () => {
    sinon.useFakeTimers({ now: DAY_31, toFake: ['Date'] });
    const client = await clientFor('megan');
    const choices = await client.sendActivity('cancel');
    assert.ok(JSON.stringify(choices).includes(OFFICE.name));
    const askReason = await client.sendActivity(OFFICE.name);
    assert.equal(askReason.text, en('cancellation.askReason', { target: OFFICE.name }));
    const tooLong = await client.sendActivity('x'.repeat(501));
    assert.equal(tooLong.text, en('cancellation.reasonRetry', { max: 500 }));
    const confirmation = await client.sendActivity('  Budget cut  ');
    const card = cardOf(confirmation);
    assert.deepEqual(executeActionsOf(card).map((action) => [action.verb, action.data]), [
      ['cancellation.file', { target: OFFICE.id, reason: 'Budget cut', refund: false }],
    ]);
    assert.equal(client.dialogTurnResult.status, 'complete');
  });

  it('ends at once for someone who may not cancel', async () => {
    const client = await clientFor('lee');
    const reply = await client.sendActivity('cancel');
    assert.equal(String(reply.text), adminsNeeded);
    assert.equal(client.dialogTurnResult.status, 'complete');
  });
});
