import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { translatorFor } from '../../bot/i18n';
import { teamsActivity, teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, cardShows, executeActionsOf, inputsOf, refreshOf } from '../support/cards';
import { DEMO_TENANT_ID, DEMO_USERS, type DemoUser } from '../support/demo';
import { importOtherCompany, OTHER_COMPANY_PERSON } from '../support/otherCompany';
import { auditEvents, storedDocument } from '../support/storedDocuments';

const en = translatorFor('en');
const VS = 'vs-professional';

interface StoredBenefit {
  assignments: { assignee: string; assignedAt: string; activityId?: string }[];
  quantity: number;
}

describe('Visual Studio subscriptions through /api/messages', () => {
  const test = appPerTest();

  const benefit = async (): Promise<StoredBenefit> =>
    (await storedDocument<StoredBenefit>(test, `benefit:${VS}`))!;

  const submit = (user: DemoUser, value: Record<string, unknown>, id?: string) => pressCard(test, user, value, { id });

  it('shows a Global admin the subscription with a type-ahead picker of people who do not hold it', async () => {
    await test.post(teamsMessage('visual studio', { serviceUrl: test.capture.url, conversationId: 'c-show' }));
    const [reply] = await test.capture.waitFor(1, 'c-show');
    const card = cardOf(reply);
    const assignee = inputsOf(card).get('assignee');
    assert.equal(assignee?.style, 'filtered');
    const offered = (assignee?.choices as { value: string }[]).map((choice) => choice.value);
    assert.ok(offered.includes(DEMO_USERS.adele.aadObjectId));
    assert.ok(!offered.includes(DEMO_USERS.lee.aadObjectId), 'a holder is not offered again');
    assert.ok(!offered.includes(DEMO_USERS.diego.aadObjectId), 'an account tied only to CSP is not offered');
    assert.deepEqual(assignee?.['choices.data'], { type: 'Data.Query', dataset: 'assignees' });
    assert.deepEqual(executeActionsOf(card).map((action) => [action.verb, action.data]), [
      ['benefit.assign', { benefitId: VS }],
      ['benefit.reassign', { benefitId: VS }],
    ]);
    const refresh = refreshOf(card);
    assert.deepEqual([refresh.verb, refresh.data], ['visualStudio.show', { benefitId: VS }]);
    assert.equal(refresh.userIds[0], `8:orgid:${DEMO_USERS.alex.aadObjectId}`, 'the reader first');
  });

  it('shows an employee who holds it and who may assign, without assign controls', async () => {
    await test.post(teamsMessage('visual studio', { user: 'adele', serviceUrl: test.capture.url, conversationId: 'c-emp' }));
    const [reply] = await test.capture.waitFor(1, 'c-emp');
    const card = cardOf(reply);
    assert.equal(inputsOf(card).size, 0);
    assert.ok(JSON.stringify(card).includes(DEMO_USERS.alex.name));
    assert.ok(JSON.stringify(card).includes(DEMO_USERS.lee.name), 'holders are named');
    assert.ok(!JSON.stringify(card).includes(DEMO_USERS.lee.aadObjectId), 'never by their id');
  });

  it('assigns the free seat from a card sent before its buttons were Universal Actions (the assign-by-name card\'s too), replaces the card with the result and audits it', async () => {
    const press = await submit('alex', { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId });
    const [update] = press.received();
    assert.equal(update?.method, 'PUT', 'the card is updated in place');
    assert.match(update.path, /activities\/card-activity-1$/);
    assert.ok(JSON.stringify(cardOf(update.activity)).includes(en('visualStudio.assigned.text', { assignee: DEMO_USERS.adele.name })));
    const stored = await benefit();
    assert.ok(stored.assignments.some((assignment) => assignment.assignee === DEMO_USERS.adele.aadObjectId));
    const events = await auditEvents(test);
    assert.ok(events.some((event) => event.action === 'benefit.assign' && event.outcome === 'applied' && event.actor === DEMO_USERS.alex.aadObjectId));
  });

  describe('as Universal Actions', () => {
    const execute = (user: DemoUser, verb: string, data: Record<string, unknown>, id?: string) =>
      executeCard(test, user, verb, data, { id });

    it('answers the assign button within the invoke with the subscription as it is now', async () => {
      const executed = await execute('alex', 'benefit.assign', { benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId });
      assert.equal(executed.status, 200);
      const card = JSON.stringify(executed.card());
      assert.ok(card.includes(en('visualStudio.assigned.text', { assignee: DEMO_USERS.adele.name })));
      assert.ok(card.includes(en('visualStudio.seats', { used: 3, total: 3 })), 'the seat is shown taken');
      assert.ok(!executeActionsOf(executed.card()).some((action) => action.verb === 'benefit.assign'), 'no seat is left to assign');
      assert.deepEqual(executed.replies(), [], 'nothing else is sent to the chat');
      assert.ok((await benefit()).assignments.some((assignment) => assignment.assignee === DEMO_USERS.adele.aadObjectId));
    });

    it('assigns once when Teams redelivers the same invoke', async () => {
      const data = { benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId };
      await execute('alex', 'benefit.assign', data, 'redelivered-invoke');
      const again = await execute('alex', 'benefit.assign', data, 'redelivered-invoke');
      assert.ok(JSON.stringify(again.card()).includes(DEMO_USERS.adele.name));
      assert.equal((await auditEvents(test)).filter((event) => event.action === 'benefit.assign').length, 1);
    });

    it('keeps the card and puts the refusal on it for a forged press from an employee', async () => {
      const before = await benefit();
      const executed = await execute('adele', 'benefit.assign', { benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId });
      const refusal = en('refusals.roleRequired', { requiredRoles: en('roles.globalAdmin'), holders: DEMO_USERS.alex.name });
      const card = executed.card();
      assert.ok(JSON.stringify(card).includes(refusal));
      assert.equal(inputsOf(card).size, 0, 'an employee still gets no assign controls');
      assert.deepEqual(await benefit(), before);
    });

    it('refuses a reassignment on day 89 on the same card, with the people still to choose from', async () => {
      sinon.useFakeTimers({ now: new Date('2027-02-07T23:59:00Z'), toFake: ['Date'] });
      const executed = await execute('alex', 'benefit.reassign', {
        benefitId: VS, from: DEMO_USERS.megan.aadObjectId, to: DEMO_USERS.adele.aadObjectId,
      });
      const card = executed.card();
      const refusal = en('refusals.reassignTooEarly', { benefit: 'Visual Studio Professional subscription', allowedFrom: 'February 8, 2027' });
      assert.ok(JSON.stringify(card).includes(refusal));
      assert.ok(inputsOf(card).has('to'), 'the form is still there to try again');
    });

    it('refreshes a stale card to who holds the seats now', async () => {
      await test.post(teamsMessage('visual studio', { serviceUrl: test.capture.url, conversationId: 'c-stale' }));
      const [reply] = await test.capture.waitFor(1, 'c-stale');
      const stale = cardOf(reply);
      await execute('alex', 'benefit.assign', { benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId });

      const { verb, data } = refreshOf(stale);
      const refreshed = await executeCard(test, 'megan', verb, data, { trigger: 'automatic' });
      const card = JSON.stringify(refreshed.card());
      assert.ok(card.includes(DEMO_USERS.adele.name), 'the new holder is listed');
      assert.ok(card.includes(en('visualStudio.seats', { used: 3, total: 3 })));
      assert.equal(inputsOf(refreshed.card()).size, 0, 'an employee who opens it sees no assign controls');
    });

    it('answers an unknown verb with a message, a malformed invoke with an error, and changes nothing', async () => {
      const before = await benefit();
      const unknown = await execute('alex', 'benefit.assignEveryone', { benefitId: VS });
      assert.deepEqual(unknown.response, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: en('refusals.invalidInput') });
      const malformed = await test.post(teamsActivity('invoke', { serviceUrl: test.capture.url }, { name: 'adaptiveCard/action', value: { action: {} } }));
      assert.equal(malformed.status, 400);
      assert.deepEqual(await benefit(), before);
    });

    it('lists the Global admins as the people a card in a group chat refreshes for', async () => {
      await test.post(teamsMessage('visual studio', {
        user: 'adele', serviceUrl: test.capture.url, conversationId: 'c-group',
      }, { conversation: { id: 'c-group', conversationType: 'groupChat', isGroup: true, tenantId: DEMO_TENANT_ID } }));
      const [reply] = await test.capture.waitFor(1, 'c-group');
      const { userIds } = refreshOf(cardOf(reply));
      assert.deepEqual(userIds, [`8:orgid:${DEMO_USERS.adele.aadObjectId}`, `8:orgid:${DEMO_USERS.alex.aadObjectId}`]);
    });
  });

  it('assigns once when Teams redelivers the same submit', async () => {
    const value = { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId };
    await submit('alex', value, 'redelivered-activity');
    await submit('alex', value, 'redelivered-activity');
    const stored = await benefit();
    assert.equal(stored.assignments.filter((assignment) => assignment.assignee === DEMO_USERS.adele.aadObjectId).length, 1);
    assert.equal((await auditEvents(test)).filter((event) => event.action === 'benefit.assign').length, 1);
  });

  it('lets exactly one of two simultaneous assignments have the last seat', async () => {
    const [first, second] = await Promise.all([
      submit('alex', { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId }),
      submit('alex', { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.alex.aadObjectId }),
    ]);
    const stored = await benefit();
    assert.equal(stored.assignments.length, stored.quantity, 'no more assignees than seats');
    const texts = [...first.replies(), ...second.replies()].map((reply) => reply.text).filter(Boolean);
    assert.equal(texts.length, 1, 'one of them is told');
    assert.match(String(texts[0]), /last seat/);
  });

  it('refuses a forged assignment or reassignment to an account tied only to CSP, and changes nothing', async () => {
    const before = await benefit();
    const refusal = en('refusals.recipientCspOnly', { assignee: DEMO_USERS.diego.name, benefit: 'Visual Studio Professional subscription' });
    const assign = await submit('alex', { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.diego.aadObjectId });
    assert.equal(assign.replies()[0]?.text, refusal);
    // Megan's seat may move from 2027-02-08 on.
    sinon.useFakeTimers({ now: new Date('2027-02-08T00:00:00Z'), toFake: ['Date'] });
    const reassign = await submit('alex', { action: 'benefit.reassign', benefitId: VS, from: DEMO_USERS.megan.aadObjectId, to: DEMO_USERS.diego.aadObjectId });
    assert.equal(reassign.replies()[0]?.text, refusal);
    assert.deepEqual(await benefit(), before);
  });

  it('changes nothing for a forged submit from an employee, names the Global admin, and audits the attempt', async () => {
    const before = await benefit();
    const press = await submit('adele', { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId });
    const [reply] = press.replies();
    assert.equal(reply?.text, en('refusals.roleRequired', { requiredRoles: en('roles.globalAdmin'), holders: DEMO_USERS.alex.name }));
    assert.deepEqual(await benefit(), before);
    const events = await auditEvents(test);
    assert.ok(events.some((event) => event.outcome === 'refused' && event.reason === 'roleRequired' && event.actor === DEMO_USERS.adele.aadObjectId));
  });

  it('decides a change on the roster as it is now, though the turn remembers who the caller was', async () => {
    await test.post(teamsMessage('visual studio', { serviceUrl: test.capture.url, conversationId: 'c-demoted' }));
    await test.capture.waitFor(1, 'c-demoted');
    const id = `user:${DEMO_USERS.alex.aadObjectId}`;
    const alex = (await storedDocument<{ id: string; roles: string[] }>(test, id))!;
    await test.app.store.domain.item(id, DEMO_TENANT_ID).replace({ ...alex, roles: [] });
    const before = await benefit();

    const press = await submit('alex', { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId });

    assert.equal(press.replies()[0]?.text, en('refusals.roleRequired', { requiredRoles: en('roles.globalAdmin'), holders: en('help.nobody') }));
    assert.deepEqual(await benefit(), before);
  });

  it('tells a CSP-only account it is not authorized, and a stranger to ask the Global admin', async () => {
    const value = { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId };
    const csp = await submit('diego', value);
    assert.match(String(csp.replies()[0]?.text), /You are not authorized for this action/);
    const stranger = await submit('stranger', value);
    assert.equal(stranger.replies()[0]?.text, en('refusals.notInRoster', { holders: DEMO_USERS.alex.name }));
  });

  it('refuses a payload with a missing, extra or oversized field and changes nothing', async () => {
    const before = await benefit();
    for (const value of [
      { action: 'benefit.assign', benefitId: VS },
      { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId, isAdmin: true },
      { action: 'benefit.assign', benefitId: VS, assignee: 'x'.repeat(500) },
      { action: 'benefit.assign', benefitId: 42, assignee: DEMO_USERS.adele.aadObjectId },
    ]) {
      const press = await submit('alex', value);
      assert.equal(press.replies()[0]?.text, en('refusals.invalidInput'), JSON.stringify(value).slice(0, 80));
    }
    assert.deepEqual(await benefit(), before);
  });

  it('refuses someone outside the roster and someone who already holds it', async () => {
    const outside = await submit('alex', { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.stranger.aadObjectId });
    assert.equal(outside.replies()[0]?.text, en('refusals.assigneeNotInRoster'));
    const holder = await submit('alex', { action: 'benefit.assign', benefitId: VS, assignee: DEMO_USERS.lee.aadObjectId });
    assert.equal(holder.replies()[0]?.text, en('refusals.alreadyAssigned', { assignee: DEMO_USERS.lee.name, benefit: 'Visual Studio Professional subscription' }));
  });

  describe('naming the person in the command, for clients without type-ahead search', () => {
    const say = async (text: string, user: DemoUser = 'alex', locale = 'en-US') => {
      const conversationId = `c-by-name-${text}-${user}`;
      await test.post(teamsMessage(text, { user, locale, serviceUrl: test.capture.url, conversationId }));
      return (await test.capture.waitFor(1, conversationId))[0];
    };
    const pickAdele = { benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId, name: 'adele' };

    it('offers the person found to confirm, and the button assigns the subscription within the invoke', async () => {
      const card = cardOf(await say('assign visual studio to ADELE'));
      const [button] = executeActionsOf(card);
      assert.deepEqual([button?.verb, button?.data], ['visualStudio.assignByName', pickAdele]);
      assert.ok(cardShows(card, en('visualStudio.byName.confirm', { person: DEMO_USERS.adele.name })));
      const executed = await executeCard(test, 'alex', button.verb, button.data);
      assert.ok(cardShows(executed.card(), en('visualStudio.assigned.text', { assignee: DEMO_USERS.adele.name })), 'the subscription as it is now');
      assert.deepEqual(executed.replies(), [], 'nothing else is sent to the chat');
      assert.ok((await benefit()).assignments.some((assignment) => assignment.assignee === DEMO_USERS.adele.aadObjectId));
    });

    it('brings the same people back with the refusal next to the person pressed when the last seat is gone', async () => {
      const card = cardOf(await say('assign visual studio to a'));
      const buttons = executeActionsOf(card);
      assert.ok(buttons.length > 1, 'several people match');
      await executeCard(test, 'alex', 'benefit.assign', { benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId });
      const other = buttons.find((button) => button.data.assignee !== DEMO_USERS.adele.aadObjectId)!;
      const before = await benefit();
      const refused = (await executeCard(test, 'alex', other.verb, other.data)).card();
      const refusal = en('refusals.noneLeft', { benefit: 'Visual Studio Professional subscription' });
      const people = (refused.body as { type: string }[]).filter((element) => element.type === 'Container');
      const pressed = people.find((person) => executeActionsOf(person).some((action) => action.data.assignee === other.data.assignee));
      assert.ok(pressed && cardShows(pressed, refusal), 'the reason stands next to the person pressed');
      assert.ok(executeActionsOf(refused).length >= 1, 'the people found are still offered');
      assert.deepEqual(await benefit(), before);
    });

    it('refuses a forged press for an account tied only to CSP or a person of another company, and changes nothing', async () => {
      await importOtherCompany(test);
      const before = await benefit();
      const csp = await executeCard(test, 'alex', 'visualStudio.assignByName', { benefitId: VS, assignee: DEMO_USERS.diego.aadObjectId, name: 'a' });
      assert.ok(cardShows(csp.card(), en('refusals.recipientCspOnly', { assignee: DEMO_USERS.diego.name, benefit: 'Visual Studio Professional subscription' })));
      const foreign = await executeCard(test, 'alex', 'visualStudio.assignByName', { benefitId: VS, assignee: OTHER_COMPANY_PERSON.aadObjectId, name: 'zoe' });
      assert.ok(cardShows(foreign.card(), en('refusals.assigneeNotInRoster')));
      assert.ok(!cardShows(foreign.card(), OTHER_COMPANY_PERSON.name), 'the other company\'s person is never shown');
      assert.deepEqual(await benefit(), before);
    });

    it('refreshes the card to the people still to offer, and to the subscription once no seat is left', async () => {
      const card = cardOf(await say('assign visual studio to ADELE'));
      const refresh = refreshOf(card);
      assert.deepEqual([refresh.verb, refresh.data], ['visualStudio.byName.show', { benefitId: VS, name: 'adele' }]);
      const unchanged = await executeCard(test, 'alex', refresh.verb, refresh.data, { trigger: 'automatic' });
      assert.deepEqual(executeActionsOf(unchanged.card()).map((action) => action.data), [pickAdele]);
      await executeCard(test, 'alex', 'benefit.assign', { benefitId: VS, assignee: DEMO_USERS.adele.aadObjectId });
      const refreshed = await executeCard(test, 'alex', refresh.verb, refresh.data, { trigger: 'automatic' });
      assert.ok(cardShows(refreshed.card(), en('visualStudio.seats', { used: 3, total: 3 })), 'the subscription as it is now');
      assert.ok(!executeActionsOf(refreshed.card()).some((action) => action.verb === 'visualStudio.assignByName'), 'nobody is offered any more');
      const employee = await executeCard(test, 'adele', refresh.verb, refresh.data, { trigger: 'automatic' });
      assert.deepEqual(executeActionsOf(employee.card()), [], 'an employee who opens it has nothing to press');
    });

    it('finds by the email address too, and in German', async () => {
      const card = cardOf(await say('visual studio zuweisen an adele.vance@', 'alex', 'de-DE'));
      assert.deepEqual(executeActionsOf(card).map((action) => action.data.assignee), [DEMO_USERS.adele.aadObjectId]);
      assert.ok(cardShows(card, translatorFor('de')('visualStudio.byName.button', { person: DEMO_USERS.adele.name })));
    });

    it('offers nobody tied only to CSP, nobody who holds it already, and nobody outside the roster', async () => {
      for (const name of ['diego', 'lee gu', 'nestor']) {
        assert.equal((await say(`assign visual studio to ${name}`)).text, en('visualStudio.byName.nobody', { name }));
      }
    });

    it('tells an employee who may assign', async () => {
      const reply = await say('assign visual studio to megan', 'adele');
      assert.equal(reply.text, en('refusals.roleRequired', { requiredRoles: en('roles.globalAdmin'), holders: DEMO_USERS.alex.name }));
    });
  });

  describe('reassigning after 90 days', () => {
    // Megan's seat was assigned on 2026-11-10: day 90 is 2027-02-08.
    const reassignMegan = { action: 'benefit.reassign', benefitId: VS, from: DEMO_USERS.megan.aadObjectId, to: DEMO_USERS.adele.aadObjectId };

    it('refuses on day 89 and says from which date it is allowed', async () => {
      sinon.useFakeTimers({ now: new Date('2027-02-07T23:59:00Z'), toFake: ['Date'] });
      const press = await submit('alex', reassignMegan);
      assert.equal(
        press.replies()[0]?.text,
        en('refusals.reassignTooEarly', { benefit: 'Visual Studio Professional subscription', allowedFrom: 'February 8, 2027' }),
      );
      assert.ok((await benefit()).assignments.some((assignment) => assignment.assignee === DEMO_USERS.megan.aadObjectId));
    });

    it('moves the subscription on day 90', async () => {
      sinon.useFakeTimers({ now: new Date('2027-02-08T00:00:00Z'), toFake: ['Date'] });
      const press = await submit('alex', reassignMegan);
      assert.equal(press.received()[0]?.method, 'PUT');
      const assignees = (await benefit()).assignments.map((assignment) => assignment.assignee);
      assert.ok(assignees.includes(DEMO_USERS.adele.aadObjectId));
      assert.ok(!assignees.includes(DEMO_USERS.megan.aadObjectId));
    });
  });
});
