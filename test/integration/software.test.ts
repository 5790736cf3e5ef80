import { strict as assert } from 'node:assert';
import { CloudAdapter, type Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import sinon from 'sinon';
import { translatorFor } from '../../bot/i18n';
import { SoftwareDialog } from '../../dialogs/software/softwareDialog';
import { conversationOfType, teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { pressCard } from '../support/cardPress';
import { cardOf, inputsOf, submitActionsOf } from '../support/cards';
import { DEMO_TENANT_ID, DEMO_USERS, demoFileJson, type DemoUser } from '../support/demo';
import { openDialogServices, type DialogServices } from '../support/dialogServices';
import { auditEvents } from '../support/storedDocuments';
import { formatRoles } from '../../dialogs/present/formatting';

const en = translatorFor('en');

interface DemoProduct {
  name: string;
  keys: string[];
  languages: string[];
  operatingSystems: string[];
  downloadLinks: { language: string; os: string; url: string }[];
  specialInstructions?: string;
}
interface DemoSoftware {
  benefitId: string;
  name: string;
  category: string;
  products: DemoProduct[];
}

const demoSoftware = (demoFileJson().benefits as DemoSoftware[]).filter((benefit) => benefit.category === 'software');
const WINDOWS = demoSoftware.find((benefit) => benefit.benefitId === 'software-windows-11-enterprise')!;
const WINDOWS_PRODUCT = WINDOWS.products[0]!;
const EVERY_KEY = demoSoftware.flatMap((benefit) => benefit.products.flatMap((product) => product.keys));
const getKeys = (language: string, os: string) => ({
  action: 'software.getKeys',
  benefitId: WINDOWS.benefitId,
  product: WINDOWS_PRODUCT.name,
  language,
  os,
});
const urlsOf = (language: string, os: string) =>
  WINDOWS_PRODUCT.downloadLinks.filter((link) => link.language === language && link.os === os).map((link) => link.url);
const ADMINS = formatRoles(['globalAdmin', 'mpnPartnerAdmin'], en);

describe('software keys and downloads through /api/messages', () => {
  const test = appPerTest();

  const say = async (user: DemoUser, text: string, conversationId: string, kind = 'personal') => {
    const before = test.capture.sentTo(conversationId).length;
    const response = await test.post(teamsMessage(text, { user, serviceUrl: test.capture.url, conversationId }, conversationOfType(kind, conversationId)));
    assert.equal(response.status, 200);
    return (await test.capture.waitFor(before + 1, conversationId)).slice(before);
  };

  const submit = async (user: DemoUser, value: Record<string, unknown>, kind = 'personal') => {
    const { received, replies } = await pressCard(test, user, value, { conversationType: kind });
    return { received, replies, text: () => received()[0]?.activity.text };
  };

  const assertNoKeyIn = (value: unknown, where: string) => {
    const text = JSON.stringify(value);
    for (const key of EVERY_KEY) assert.ok(!text.includes(key), `a key is in ${where}`);
  };

  it('walks Alex from the product list to the card, then replaces the card with keys and the matching download', async () => {
    const [prompt] = await say('alex', 'software', 'c-walk');
    assert.ok(JSON.stringify(prompt).includes(WINDOWS_PRODUCT.name), 'the products are offered');
    const [productReply] = await say('alex', WINDOWS_PRODUCT.name, 'c-walk');
    const card = cardOf(productReply);
    assert.deepEqual([...inputsOf(card).keys()], ['language', 'os']);
    const [button] = submitActionsOf(card);
    assert.deepEqual(button?.data, { action: 'software.getKeys', benefitId: WINDOWS.benefitId, product: WINDOWS_PRODUCT.name });
    assertNoKeyIn([prompt, productReply], 'the list or the product card');

    const press = await submit('alex', { ...button!.data, language: 'de-DE', os: 'x64' });
    const [update] = press.received();
    assert.equal(update?.method, 'PUT', 'the product card is replaced by the keys');
    assert.match(update!.path, /activities\/card-activity-1$/);
    const keysCard = JSON.stringify(cardOf(update!.activity));
    for (const key of WINDOWS_PRODUCT.keys) assert.ok(keysCard.includes(key));
    assert.ok(keysCard.includes(WINDOWS_PRODUCT.specialInstructions!));
    assert.deepEqual(urlsOf('de-DE', 'x64').filter((url) => keysCard.includes(url)), urlsOf('de-DE', 'x64'));
    const others = WINDOWS_PRODUCT.downloadLinks.map((link) => link.url).filter((url) => !urlsOf('de-DE', 'x64').includes(url));
    assert.deepEqual(others.filter((url) => keysCard.includes(url)), [], 'no link for another language or OS');
  });

  it('shows Megan (MPN partner admin) the keys in her personal chat', async () => {
    const press = await submit('megan', getKeys('en-US', 'ARM64'));
    const card = JSON.stringify(cardOf(press.replies()[0]));
    for (const key of WINDOWS_PRODUCT.keys) assert.ok(card.includes(key));
    assert.deepEqual(urlsOf('en-US', 'ARM64').filter((url) => card.includes(url)), urlsOf('en-US', 'ARM64'));
    assert.ok(!card.includes(urlsOf('en-US', 'x64')[0]!), 'the x64 package is not offered for ARM64');
  });

  it('says when no install package matches the language and OS, and refuses a language the product lacks', async () => {
    assert.equal(urlsOf('de-DE', 'ARM64').length, 0, 'the demo has no German ARM64 package');
    const none = await submit('alex', getKeys('de-DE', 'ARM64'));
    const card = cardOf(none.replies()[0]);
    assert.ok(JSON.stringify(card).includes(en('software.noDownload', { language: 'German (Germany)', os: 'ARM64' })));
    assert.equal(submitActionsOf(card).length, 0);

    const unknown = await submit('alex', getKeys('fr-FR', 'x64'));
    assert.equal(unknown.text(), en('refusals.softwareChoiceNotOffered', { product: WINDOWS_PRODUCT.name }));
  });

  it('refuses an employee’s forged Get keys, naming who holds the roles, and audits the attempt', async () => {
    const press = await submit('adele', getKeys('en-US', 'x64'));
    assert.equal(press.text(), en('refusals.roleRequired', { requiredRoles: ADMINS, holders: `${DEMO_USERS.alex.name}, ${DEMO_USERS.megan.name}` }));
    assertNoKeyIn(press.replies(), 'the reply to an employee');
    const events = await auditEvents<Record<string, unknown>>(test);
    assert.ok(events.some((event) => event.action === 'software.getKeys' && event.outcome === 'refused' && event.reason === 'roleRequired' && event.actor === DEMO_USERS.adele.aadObjectId));
  });

  it('tells a CSP-only account it is not authorized', async () => {
    const press = await submit('diego', getKeys('en-US', 'x64'));
    assert.match(String(press.text()), /You are not authorized for this action/);
    assertNoKeyIn(press.replies(), 'the reply to a CSP-only account');
  });

  for (const kind of ['groupChat', 'channel']) {
    it(`keeps keys out of a ${kind}, even for a Global admin, and says to ask in a personal chat`, async () => {
      const press = await submit('alex', getKeys('en-US', 'x64'), kind);
      assert.equal(press.text(), en('refusals.keysOnlyInPersonalChat'));
      assertNoKeyIn(press.replies(), `a ${kind}`);
      const events = await auditEvents<Record<string, unknown>>(test);
      assert.ok(events.some((event) => event.action === 'software.getKeys' && event.reason === 'keysOnlyInPersonalChat'));
    });
  }

  it('shows the product card in a group chat without the Get keys button, saying why', async () => {
    await say('alex', 'software', 'c-group', 'groupChat');
    const [productReply] = await say('alex', WINDOWS_PRODUCT.name, 'c-group', 'groupChat');
    const card = cardOf(productReply);
    assert.deepEqual(submitActionsOf(card), []);
    assert.ok(JSON.stringify(card).includes(en('refusals.keysOnlyInPersonalChat')));
  });

  it('refuses a payload with a missing or extra field', async () => {
    const { os: _os, ...missing } = getKeys('en-US', 'x64');
    for (const value of [missing, { ...getKeys('en-US', 'x64'), keys: 'all' }]) {
      const press = await submit('alex', value);
      assert.equal(press.text(), en('refusals.invalidInput'));
    }
  });

  it('audits each reveal with benefit, product, who and when, but never a key', async () => {
    const clock = sinon.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z'), toFake: ['Date'] });
    await submit('alex', getKeys('en-US', 'x64'));
    clock.restore();
    const events = await auditEvents<Record<string, unknown>>(test);
    const reveal = events.find((event) => event.action === 'software.getKeys' && event.outcome === 'applied');
    assert.ok(reveal, 'the reveal is audited');
    assert.equal(reveal.target, `benefit:${WINDOWS.benefitId}`);
    assert.equal(reveal.actor, DEMO_USERS.alex.aadObjectId);
    assert.equal(reveal.at, '2026-11-21T10:00:00.000Z');
    assert.equal((reveal.after as { product: string }).product, WINDOWS_PRODUCT.name);
    assertNoKeyIn(events, 'the audit log');
  });

  it('never writes a key to a log line, not even when the card with the keys cannot be delivered', async () => {
    await submit('alex', getKeys('en-US', 'x64'));
    // A connector that rejects the card and quotes the request it rejected, as connectors' error messages do.
    const rejectCards = (original: (...args: never[]) => Promise<unknown>) =>
      async function (this: CloudAdapter, ...args: unknown[]) {
        const body = JSON.stringify(args.slice(1));
        if (body.includes('application/vnd.microsoft.card.adaptive')) throw new Error(`The connector rejected ${body}`);
        return original.apply(this, args as never[]);
      };
    sinon.replace(CloudAdapter.prototype, 'sendActivities', rejectCards(CloudAdapter.prototype.sendActivities) as never);
    sinon.replace(CloudAdapter.prototype, 'updateActivity', rejectCards(CloudAdapter.prototype.updateActivity) as never);
    const press = await submit('alex', getKeys('en-US', 'x64'));
    assert.equal(press.text(), en('errors.generic'), 'the user is told something went wrong');
    assert.ok(test.logLines.some((line) => line.includes('turn failed')), 'the failure is logged');
    assertNoKeyIn(test.logLines, 'the log');
  });
});

describe('the software dialog (DialogTestClient on real services and an embedded store)', () => {
  let real: DialogServices;
  let client: DialogTestClient;
  before(async () => {
    real = await openDialogServices('software-dialog');
    client = new DialogTestClient('msteams', new SoftwareDialog(real.services), undefined, [real.resolvingCaller]);
  });
  after(async () => {
    await real.store.close();
  });

  const fromAlex = (text: string): Partial<Activity> => ({
    type: 'message',
    text,
    locale: 'en-US',
    from: { id: '29:alex', name: DEMO_USERS.alex.name, aadObjectId: DEMO_USERS.alex.aadObjectId },
    conversation: { id: 'a:alex', conversationType: 'personal', tenantId: DEMO_TENANT_ID, isGroup: false, name: '' },
  });

  it('asks which product, then shows the chosen one with language and OS pickers and no keys', async () => {
    const prompt = await client.sendActivity(fromAlex('software'));
    const offered = JSON.stringify(prompt);
    for (const benefit of demoSoftware) for (const product of benefit.products) assert.ok(offered.includes(product.name), product.name);

    const reply = await client.sendActivity(fromAlex(WINDOWS_PRODUCT.name));
    const card = cardOf(reply as Record<string, unknown>);
    const language = inputsOf(card).get('language');
    assert.deepEqual((language?.choices as { value: string }[]).map((choice) => choice.value), WINDOWS_PRODUCT.languages);
    assert.equal(language?.value, 'en-US', 'the reader’s language is chosen');
    assert.deepEqual((inputsOf(card).get('os')?.choices as { value: string }[]).map((choice) => choice.value), WINDOWS_PRODUCT.operatingSystems);
    assert.equal(submitActionsOf(card)[0]?.data.action, 'software.getKeys');
    assert.ok(!JSON.stringify([prompt, reply]).includes(WINDOWS_PRODUCT.keys[0]!));
    assert.equal(client.dialogTurnResult.status, 'complete');
  });
});
