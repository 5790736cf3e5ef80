import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { requestDocId } from '../../bot/domain/documents';
import { translatorFor } from '../../bot/i18n';
import { idempotencyKeyOf } from '../../bot/services/actionContext';
import { requestIdsFor } from '../../bot/store/requestRepository';
import { appPerTest } from '../support/appPerTest';
import { pressCard, type CardPressed } from '../support/cardPress';
import { cardOf } from '../support/cards';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demo';
import { auditEvents, storedDocument, storedDocumentsOfType } from '../support/storedDocuments';

const en = translatorFor('en');
const VS = 'vs-professional';
/** Teams numbers messages per conversation: two chats can each have a message with this id. */
const MESSAGE_ID = '1732100000001';

interface StoredRequest {
  requestId: string;
  benefitId?: string;
  createdBy: string;
}

interface StoredBenefit {
  id: string;
  tenantId: string;
  quantity: number;
  assignments: { assignee: string }[];
}

describe('the same activity id in two chats, and a redelivery in one', () => {
  const test = appPerTest();

  const cancel = (benefitId: string) => ({ action: 'cancellation.file', target: benefitId, reason: 'Not needed', refund: false });
  const assign = (person: 'adele' | 'megan') => ({ action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS[person].aadObjectId });
  /** The text of the card that replaced the pressed one. */
  const answerOf = (press: CardPressed) => JSON.stringify(cardOf(press.answers()[0]?.activity));
  const redeliver = async (press: CardPressed) => assert.equal((await test.post(press.activity)).status, 200);

  const visualStudio = async () => (await storedDocument<StoredBenefit>(test, `benefit:${VS}`))!;
  /** The demo company has one free seat; two assignments need two. */
  const addSeat = async () => {
    const benefit = await visualStudio();
    await test.app.store.domain.items.upsert({ ...benefit, quantity: benefit.quantity + 1 });
  };

  it('files a cancellation in each chat, and tells each admin the id of their own request', async () => {
    sinon.useFakeTimers({ now: new Date('2026-02-14T10:00:00Z'), toFake: ['Date'] });
    const office = await pressCard(test, 'alex', cancel('software-office-ltsc-2024'), { id: MESSAGE_ID, conversationId: 'chat-alex' });
    const m365 = await pressCard(test, 'megan', cancel('cloud-microsoft-365-e3'), { id: MESSAGE_ID, conversationId: 'chat-megan' });

    const requests = await storedDocumentsOfType<StoredRequest>(test, 'request');
    const filedFor = (benefitId: string) => requests.find((request) => request.benefitId === benefitId);
    assert.deepEqual(
      requests.map((request) => [request.benefitId, request.createdBy]).sort(),
      [
        ['cloud-microsoft-365-e3', DEMO_USERS.megan.aadObjectId],
        ['software-office-ltsc-2024', DEMO_USERS.alex.aadObjectId],
      ],
    );
    assert.ok(answerOf(office).includes(filedFor('software-office-ltsc-2024')!.requestId));
    assert.ok(answerOf(m365).includes(filedFor('cloud-microsoft-365-e3')!.requestId));
    assert.ok(!answerOf(m365).includes(filedFor('software-office-ltsc-2024')!.requestId), 'never shown the other request as filed');
    assert.equal((await auditEvents(test, 'cancellation.file')).length, 2, 'each filing is audited');
  });

  it('files once when Teams redelivers the press in the same chat', async () => {
    sinon.useFakeTimers({ now: new Date('2026-02-14T10:00:00Z'), toFake: ['Date'] });
    const press = await pressCard(test, 'alex', cancel('software-office-ltsc-2024'), { id: MESSAGE_ID, conversationId: 'chat-alex' });
    await redeliver(press);
    const requests = await storedDocumentsOfType<StoredRequest>(test, 'request');
    assert.equal(requests.length, 1);
    const answers = press.answers().map((answer) => JSON.stringify(cardOf(answer.activity)));
    assert.equal(answers.length, 2);
    for (const answer of answers) assert.ok(answer.includes(en('cancellation.filed.title', { requestId: requests[0].requestId })));
    assert.equal((await auditEvents(test, 'cancellation.file')).length, 1);
  });

  it('never takes a request that holds the same id, but not the same key, for its own', async () => {
    const now = new Date('2026-02-14T10:00:00Z');
    sinon.useFakeTimers({ now, toFake: ['Date'] });
    // Written before requests kept their key, or by another activity whose short digest happens to be the same.
    const [takenId] = requestIdsFor(idempotencyKeyOf('chat-alex', MESSAGE_ID), now);
    await test.app.store.domain.items.create({
      id: requestDocId(takenId),
      tenantId: DEMO_TENANT_ID,
      type: 'request',
      requestId: takenId,
      kind: 'supportRequest',
      status: 'open',
      category: 'other',
      reason: 'Another',
      createdAt: now.toISOString(),
      createdBy: DEMO_USERS.megan.aadObjectId,
    });

    const press = await pressCard(test, 'alex', cancel('software-office-ltsc-2024'), { id: MESSAGE_ID, conversationId: 'chat-alex' });
    await redeliver(press);
    const filed = (await storedDocumentsOfType<StoredRequest>(test, 'request')).filter((request) => request.requestId !== takenId);
    assert.deepEqual(filed.map((request) => request.benefitId), ['software-office-ltsc-2024']);
    for (const answer of press.answers()) assert.ok(JSON.stringify(cardOf(answer.activity)).includes(filed[0].requestId));
  });

  it('assigns in each chat', async () => {
    await addSeat();
    await pressCard(test, 'alex', assign('adele'), { id: MESSAGE_ID, conversationId: 'chat-one' });
    await pressCard(test, 'alex', assign('megan'), { id: MESSAGE_ID, conversationId: 'chat-two' });
    const assignees = (await visualStudio()).assignments.map((assignment) => assignment.assignee);
    assert.ok(assignees.includes(DEMO_USERS.adele.aadObjectId));
    assert.ok(assignees.includes(DEMO_USERS.megan.aadObjectId));
    assert.equal((await auditEvents(test, 'benefit.assign')).length, 2);
  });

  it('assigns once when Teams redelivers the press in the same chat', async () => {
    await addSeat();
    const press = await pressCard(test, 'alex', assign('adele'), { id: MESSAGE_ID, conversationId: 'chat-one' });
    const seatsTaken = (await visualStudio()).assignments.length;
    await redeliver(press);
    const benefit = await visualStudio();
    assert.equal(benefit.assignments.length, seatsTaken);
    assert.equal(benefit.assignments.filter((assignment) => assignment.assignee === DEMO_USERS.adele.aadObjectId).length, 1);
    assert.equal((await auditEvents(test, 'benefit.assign')).length, 1);
  });
});
