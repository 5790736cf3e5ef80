import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sinon from 'sinon';
import { translatorFor } from '../../bot/i18n';
import { idempotencyKeyOf } from '../../bot/services/actionContext';
import { teamsMessage } from '../support/activities';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, cardShows, executeActionsOf, submitActionsOf } from '../support/cards';
import { DEMO_USERS, demoFileJson, type DemoUser } from '../support/demo';
import { auditEvents, storedDocument } from '../support/storedDocuments';
import { freshDataDir, startTestApp, type TestApp } from '../support/testApp';
import { formatRoles } from '../../cards/shared/formatting';

const en = translatorFor('en');

interface DemoCloud {
  benefitId: string;
  name: string;
  category: string;
  billing?: string;
  status: string;
  quantity: number;
  keys?: string[];
  activationInstructions?: string;
}
interface StoredCloud extends DemoCloud {
  activationDate?: string;
  assignments: { assignee: string; assignedAt: string; assignedBy: string; idempotencyKey?: string }[];
}

const demoCloud = (demoFileJson().benefits as DemoCloud[]).filter((benefit) => benefit.category === 'cloud');
const AZURE = demoCloud.find((benefit) => benefit.billing === 'usageBased')!;
const LICENSED = demoCloud.find((benefit) => benefit.billing === 'licenseBased')!;
const ADMINS = formatRoles(['globalAdmin', 'mpnPartnerAdmin'], en);
const HOLDERS = `${DEMO_USERS.alex.name}, ${DEMO_USERS.megan.name}`;
const activate = { action: 'cloud.activateForSelf', benefitId: AZURE.benefitId };
const getKeys = { benefitId: LICENSED.benefitId };

/** The demo company, with its Azure subscription not activated yet. */
function seedWithAzureAvailable(): string {
  const file = demoFileJson() as { benefits: Record<string, unknown>[] };
  const azure = file.benefits.find((benefit) => benefit.benefitId === AZURE.benefitId)!;
  azure.status = 'available';
  delete azure.activationDate;
  const path = join(freshDataDir(), 'seed.json');
  writeFileSync(path, JSON.stringify(file));
  return path;
}

describe('cloud services through /api/messages', () => {
  let test: TestApp;
  afterEach(async () => {
    sinon.restore();
    await test.stop();
  });

  const stored = async (benefitId: string): Promise<StoredCloud> =>
    (await storedDocument<StoredCloud>(test, `benefit:${benefitId}`))!;

  const say = async (user: DemoUser, text: string, conversationId: string) => {
    const before = test.capture.sentTo(conversationId).length;
    assert.equal((await test.post(teamsMessage(text, { user, serviceUrl: test.capture.url, conversationId }))).status, 200);
    return (await test.capture.waitFor(before + 1, conversationId)).slice(before);
  };

  const submit = async (user: DemoUser, value: Record<string, unknown>, options: { id?: string; kind?: string } = {}) => {
    const { received, conversationId } = await pressCard(test, user, value, { id: options.id, conversationType: options.kind });
    return { received, conversationId, text: () => received()[0]?.activity.text };
  };

  describe('a usage-based Azure subscription', () => {
    beforeEach(async () => {
      test = await startTestApp({ SEED_FILE: seedWithAzureAvailable() });
    });

    it('offers Alex "Activate for me" after he picks it from the list', async () => {
      const [prompt] = await say('alex', 'cloud', 'c-list');
      assert.ok(JSON.stringify(prompt).includes(AZURE.name) && JSON.stringify(prompt).includes(LICENSED.name));
      const [reply] = await say('alex', AZURE.name, 'c-list');
      const { action, ...data } = activate;
      assert.deepEqual(executeActionsOf(cardOf(reply)).map((button) => [button.verb, button.data]), [[action, data]]);
    });

    it('activates it by assigning the caller, today, replaces the card and audits it', async () => {
      sinon.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z'), toFake: ['Date'] });
      const press = await submit('alex', activate, { id: 'activate-1' });
      const [update] = press.received();
      assert.equal(update?.method, 'PUT');
      assert.match(update.path, /activities\/card-activity-1$/);
      assert.ok(JSON.stringify(cardOf(update.activity)).includes(en('cloud.activated.title', { benefit: AZURE.name })));
      const azure = await stored(AZURE.benefitId);
      assert.equal(azure.status, 'active');
      assert.equal(azure.activationDate, '2026-11-21');
      assert.deepEqual(azure.assignments.map(({ assignee, assignedBy, idempotencyKey }) => ({ assignee, assignedBy, idempotencyKey })), [
        { assignee: DEMO_USERS.alex.aadObjectId, assignedBy: DEMO_USERS.alex.aadObjectId, idempotencyKey: idempotencyKeyOf(press.conversationId, 'activate-1') },
      ]);
      const events = await auditEvents<Record<string, unknown>>(test);
      assert.ok(events.some((event) => event.action === 'cloud.activateForSelf' && event.outcome === 'applied' && event.actor === DEMO_USERS.alex.aadObjectId));
    });

    it('activates once when Teams redelivers the same submit', async () => {
      await submit('alex', activate, { id: 'redelivered' });
      const again = await submit('alex', activate, { id: 'redelivered' });
      assert.equal(again.received()[0]?.method, 'PUT', 'the redelivery gets the same result, not a refusal');
      assert.equal((await stored(AZURE.benefitId)).assignments.length, 1);
      assert.equal((await auditEvents<Record<string, unknown>>(test)).filter((event) => event.action === 'cloud.activateForSelf').length, 1);
    });

    it('refuses a second activation by the same person and by anyone once every subscription is taken', async () => {
      sinon.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z'), toFake: ['Date'] });
      await submit('alex', activate);
      const twice = await submit('alex', activate);
      assert.equal(twice.text(), en('refusals.cloudAlreadyYours', { benefit: AZURE.name, since: 'November 21, 2026' }));
      assert.equal(AZURE.quantity, 1, 'the demo company has one Azure subscription');
      const megan = await submit('megan', activate);
      assert.equal(megan.text(), en('refusals.cloudAllActivated', { benefit: AZURE.name }));
      assert.deepEqual((await stored(AZURE.benefitId)).assignments.map((assignment) => assignment.assignee), [DEMO_USERS.alex.aadObjectId]);
    });

    it('keeps the card with the refusal on it when a second activation is pressed as a Universal Action', async () => {
      await submit('alex', activate);
      const { action, ...data } = activate;
      const twice = (await executeCard(test, 'alex', action, data)).card() as { body: Record<string, unknown>[] };
      assert.match(String(twice.body[1]?.text), /already/);
      assert.ok(JSON.stringify(twice).includes(AZURE.name));
    });

    it('refuses an employee, naming who may activate, and changes nothing', async () => {
      const before = await stored(AZURE.benefitId);
      const press = await submit('adele', activate);
      assert.equal(press.text(), en('refusals.roleRequired', { requiredRoles: ADMINS, holders: HOLDERS }));
      assert.deepEqual(await stored(AZURE.benefitId), before);
      const events = await auditEvents<Record<string, unknown>>(test);
      assert.ok(events.some((event) => event.action === 'cloud.activateForSelf' && event.reason === 'roleRequired' && event.actor === DEMO_USERS.adele.aadObjectId));
    });

    it('shows an employee no button, but who may activate it', async () => {
      await say('adele', 'cloud', 'c-employee');
      const [reply] = await say('adele', AZURE.name, 'c-employee');
      const card = cardOf(reply);
      assert.deepEqual([...submitActionsOf(card), ...executeActionsOf(card)], []);
      assert.ok(JSON.stringify(card).includes(en('refusals.roleRequired', { requiredRoles: ADMINS, holders: HOLDERS })));
    });

    it('has no keys to get, and a license-based subscription is not activated by assigning yourself', async () => {
      const keys = await submit('alex', { action: 'cloud.getKeys', benefitId: AZURE.benefitId });
      assert.equal(keys.text(), en('refusals.cloudUsageBasedHasNoKeys', { benefit: AZURE.name }));
      const self = await submit('alex', { action: 'cloud.activateForSelf', benefitId: LICENSED.benefitId });
      assert.equal(self.text(), en('refusals.cloudLicenseBasedNeedsKeys', { benefit: LICENSED.name }));
      assert.deepEqual((await stored(LICENSED.benefitId)).assignments, []);
    });
  });

  describe('the demo company’s Azure subscription, active since January with nobody assigned', () => {
    beforeEach(async () => {
      test = await startTestApp();
    });

    it('gets its user and keeps the date it became active', async () => {
      await submit('megan', activate);
      const azure = await stored(AZURE.benefitId);
      assert.deepEqual(azure.assignments.map((assignment) => assignment.assignee), [DEMO_USERS.megan.aadObjectId]);
      assert.equal(azure.activationDate, (demoFileJson().benefits as { benefitId: string; activationDate?: string }[]).find((b) => b.benefitId === AZURE.benefitId)!.activationDate);
    });
  });

  describe('a license-based subscription', () => {
    beforeEach(async () => {
      test = await startTestApp();
    });
    const assertNoKeyIn = (value: unknown, where: string) => {
      for (const key of LICENSED.keys!) assert.ok(!JSON.stringify(value).includes(key), `a key is in ${where}`);
    };

    const getKeysAs = (user: DemoUser, kind?: string) => executeCard(test, user, 'cloud.getKeys', getKeys, { conversationType: kind });

    it('answers Alex’s and Megan’s Get keys with its keys and activation instructions, in a personal chat', async () => {
      for (const user of ['alex', 'megan'] as const) {
        const press = await getKeysAs(user);
        const card = JSON.stringify(press.card());
        for (const key of LICENSED.keys!) assert.ok(card.includes(key), user);
        assert.ok(card.includes(LICENSED.activationInstructions!), user);
        assert.deepEqual(press.replies(), [], 'the keys come in the invoke response only');
      }
      const reveals = (await auditEvents<Record<string, unknown>>(test)).filter((event) => event.action === 'cloud.getKeys' && event.outcome === 'applied');
      assert.deepEqual(reveals.map((event) => event.actor), [DEMO_USERS.alex.aadObjectId, DEMO_USERS.megan.aadObjectId], 'each reveal is audited');
      assertNoKeyIn(await auditEvents<Record<string, unknown>>(test), 'the audit log');
      assertNoKeyIn(test.logLines, 'the log');
    });

    it('answers Adele (naming the holders) and Alex in a group chat or channel with the card and the refusal on it; Diego with the refusal', async () => {
      const adele = (await getKeysAs('adele')).card();
      assert.ok(cardShows(adele, en('refusals.roleRequired', { requiredRoles: ADMINS, holders: HOLDERS })));
      assert.deepEqual(executeActionsOf(adele).filter((action) => action.verb === 'cloud.getKeys'), []);
      const diego = await getKeysAs('diego');
      assert.match(String(diego.response.value), /You are not authorized for this action/);
      for (const kind of ['groupChat', 'channel']) {
        const press = await getKeysAs('alex', kind);
        const card = press.card();
        assert.equal(JSON.stringify(card).split(en('refusals.keysOnlyInPersonalChat')).length, 2, `${kind}: the reason once, not again as an error`);
        assert.deepEqual(executeActionsOf(card).filter((action) => action.verb === 'cloud.getKeys'), [], kind);
        assertNoKeyIn([card, press.replies()], kind);
      }
      assertNoKeyIn([adele, diego.response], 'the refusals');
      const refusals = (await auditEvents<Record<string, unknown>>(test)).filter((event) => event.action === 'cloud.getKeys' && event.outcome === 'refused');
      assert.equal(refusals.filter((event) => event.reason === 'keysOnlyInPersonalChat').length, 2);
    });

    it('still answers a Get keys pressed on a card sent while it was an Action.Submit', async () => {
      const press = await submit('alex', { action: 'cloud.getKeys', ...getKeys });
      const [update] = press.received();
      assert.equal(update?.method, 'PUT');
      for (const key of LICENSED.keys!) assert.ok(JSON.stringify(cardOf(update.activity)).includes(key));
      const refused = await submit('alex', { action: 'cloud.getKeys', ...getKeys }, { kind: 'groupChat' });
      assert.equal(refused.text(), en('refusals.keysOnlyInPersonalChat'));
      assertNoKeyIn(refused.received(), 'the group chat');
    });

    it('offers Alex "Get keys" on its card, and Adele only who can', async () => {
      await say('alex', 'cloud', 'c-licensed');
      const [alexCard] = await say('alex', LICENSED.name, 'c-licensed');
      const buttons = executeActionsOf(cardOf(alexCard)).map(({ verb, data }) => ({ verb, data }));
      assert.deepEqual(buttons, [{ verb: 'cloud.getKeys', data: getKeys }]);
      assertNoKeyIn(alexCard, 'the benefit card');
      await say('adele', 'cloud', 'c-licensed-adele');
      const [adeleCard] = await say('adele', LICENSED.name, 'c-licensed-adele');
      assert.deepEqual([...submitActionsOf(cardOf(adeleCard)), ...executeActionsOf(cardOf(adeleCard))], []);
    });
  });
});
