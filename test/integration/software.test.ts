import { strict as assert } from 'node:assert';
import { CloudAdapter, type Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import sinon from 'sinon';
import { translatorFor } from '../../bot/i18n';
import { SoftwareDialog } from '../../dialogs/software/softwareDialog';
import { ServerResponse } from 'node:http';
import { conversationOfType, teamsActivity, teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, cardShows, executeActionsOf, inputsOf, submitActionsOf } from '../support/cards';
import { DEMO_TENANT_ID, DEMO_USERS, demoFileJson, type DemoUser } from '../support/demo';
import { openDialogServices, type DialogServices } from '../support/dialogServices';
import { auditEvents } from '../support/storedDocuments';
import { formatRoles } from '../../cards/shared/formatting';

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
const WINDOWS_PRODUCT = WINDOWS.products[0];
const EVERY_KEY = demoSoftware.flatMap((benefit) => benefit.products.flatMap((product) => product.keys));
const getKeys = (language: string, os: string) => ({
  benefitId: WINDOWS.benefitId,
  product: WINDOWS_PRODUCT.name,
  language,
  os,
});
const urlsOf = (language: string, os: string) =>
  WINDOWS_PRODUCT.downloadLinks.filter((link) => link.language === language && link.os === os).map((link) => link.url);
const ADMINS = formatRoles(['globalAdmin', 'mpnPartnerAdmin'], en);
const MESSAGE = 'application/vnd.microsoft.activity.message';

describe('software keys and downloads through /api/messages', () => {
  const test = appPerTest();

  const say = async (user: DemoUser, text: string, conversationId: string, kind = 'personal') => {
    const before = test.capture.sentTo(conversationId).length;
    const response = await test.post(teamsMessage(text, { user, serviceUrl: test.capture.url, conversationId }, conversationOfType(kind, conversationId)));
    assert.equal(response.status, 200);
    return (await test.capture.waitFor(before + 1, conversationId)).slice(before);
  };

  /** Get keys pressed as the Action.Execute it is. */
  const press = (user: DemoUser, data: Record<string, unknown>, kind = 'personal') =>
    executeCard(test, user, 'software.getKeys', data, { conversationType: kind });

  /** Get keys pressed on a card sent while it was an Action.Submit. */
  const submit = async (user: DemoUser, value: Record<string, unknown>, kind = 'personal') => {
    const { received, replies } = await pressCard(test, user, { action: 'software.getKeys', ...value }, { conversationType: kind });
    return { received, replies, text: () => received()[0]?.activity.text };
  };

  const assertNoKeyIn = (value: unknown, where: string) => {
    const text = JSON.stringify(value);
    for (const key of EVERY_KEY) assert.ok(!text.includes(key), `a key is in ${where}`);
  };
  const getKeysButtons = (card: unknown) => executeActionsOf(card).filter((action) => action.verb === 'software.getKeys');

  it('walks Alex from the product list to the card, then answers Get keys with keys and the matching download', async () => {
    const [prompt] = await say('alex', 'software', 'c-walk');
    assert.ok(JSON.stringify(prompt).includes(WINDOWS_PRODUCT.name), 'the products are offered');
    const [productReply] = await say('alex', WINDOWS_PRODUCT.name, 'c-walk');
    const card = cardOf(productReply);
    assert.deepEqual([...inputsOf(card).keys()], ['language', 'os']);
    const [button] = getKeysButtons(card);
    assert.deepEqual(button?.data, { benefitId: WINDOWS.benefitId, product: WINDOWS_PRODUCT.name });
    assert.deepEqual(submitActionsOf(card), [], 'no button of the card is an Action.Submit');
    assertNoKeyIn([prompt, productReply], 'the list or the product card');

    const pressed = await press('alex', { ...button.data, language: 'de-DE', os: 'x64' });
    const keysCard = JSON.stringify(pressed.card());
    assert.deepEqual(pressed.replies(), [], 'the keys come in the invoke response only');
    for (const key of WINDOWS_PRODUCT.keys) assert.ok(keysCard.includes(key));
    assert.ok(keysCard.includes(WINDOWS_PRODUCT.specialInstructions!));
    assert.deepEqual(urlsOf('de-DE', 'x64').filter((url) => keysCard.includes(url)), urlsOf('de-DE', 'x64'));
    const others = WINDOWS_PRODUCT.downloadLinks.map((link) => link.url).filter((url) => !urlsOf('de-DE', 'x64').includes(url));
    assert.deepEqual(others.filter((url) => keysCard.includes(url)), [], 'no link for another language or OS');
  });

  it('shows Megan (MPN partner admin) the keys in her personal chat', async () => {
    const card = JSON.stringify((await press('megan', getKeys('en-US', 'ARM64'))).card());
    for (const key of WINDOWS_PRODUCT.keys) assert.ok(card.includes(key));
    assert.deepEqual(urlsOf('en-US', 'ARM64').filter((url) => card.includes(url)), urlsOf('en-US', 'ARM64'));
    assert.ok(!card.includes(urlsOf('en-US', 'x64')[0]), 'the x64 package is not offered for ARM64');
  });

  it('says when no install package matches the language and OS', async () => {
    assert.equal(urlsOf('de-DE', 'ARM64').length, 0, 'the demo has no German ARM64 package');
    const card = (await press('alex', getKeys('de-DE', 'ARM64'))).card();
    assert.ok(JSON.stringify(card).includes(en('software.noDownload', { language: 'German (Germany)', os: 'ARM64' })));
    assert.equal(executeActionsOf(card).length, 0);
  });

  it('answers an operating system the product lacks with its card, the language chosen kept and the reason beside the pickers', async () => {
    const pressed = await press('alex', getKeys('de-DE', 'x86'));
    const card = pressed.card();
    const inputs = inputsOf(card);
    assert.equal(inputs.get('language')?.value, 'de-DE', 'the language chosen is kept');
    assert.equal(inputs.get('os')?.value, WINDOWS_PRODUCT.operatingSystems[0], 'an OS not offered falls back to the first');
    const body = JSON.stringify(card);
    const reason = en('refusals.softwareChoiceNotOffered', { product: WINDOWS_PRODUCT.name });
    assert.ok(body.indexOf(JSON.stringify(reason)) > body.indexOf('"id":"os"'), 'the reason follows the pickers');
    assert.ok(body.indexOf(JSON.stringify(reason)) < body.indexOf('"verb":"software.getKeys"'), 'and comes before the button');
    assert.equal(getKeysButtons(card).length, 1, 'Get keys can be pressed again');
    assertNoKeyIn(card, 'a refusal');
  });

  it('answers an employee’s forged Get keys with the product card naming who holds the roles, no keys, and audits the attempt', async () => {
    const card = (await press('adele', getKeys('en-US', 'x64'))).card();
    assert.ok(cardShows(card, en('refusals.roleRequired', { requiredRoles: ADMINS, holders: `${DEMO_USERS.alex.name}, ${DEMO_USERS.megan.name}` })));
    assert.deepEqual(getKeysButtons(card), []);
    assertNoKeyIn(card, 'the answer to an employee');
    const events = await auditEvents<Record<string, unknown>>(test);
    assert.ok(events.some((event) => event.action === 'software.getKeys' && event.outcome === 'refused' && event.reason === 'roleRequired' && event.actor === DEMO_USERS.adele.aadObjectId));
  });

  it('tells a CSP-only account it is not authorized', async () => {
    const { response } = await press('diego', getKeys('en-US', 'x64'));
    assert.equal(response.type, MESSAGE);
    assert.match(String(response.value), /You are not authorized for this action/);
    assertNoKeyIn(response, 'the answer to a CSP-only account');
  });

  for (const kind of ['groupChat', 'channel']) {
    it(`keeps keys out of a ${kind}, even for a Global admin: the card comes back saying to ask in a personal chat`, async () => {
      const pressed = await press('alex', getKeys('en-US', 'x64'), kind);
      const card = pressed.card();
      assert.ok(cardShows(card, en('refusals.keysOnlyInPersonalChat')));
      assert.deepEqual(getKeysButtons(card), []);
      assertNoKeyIn([card, pressed.replies()], `a ${kind}`);
      const events = await auditEvents<Record<string, unknown>>(test);
      assert.ok(events.some((event) => event.action === 'software.getKeys' && event.reason === 'keysOnlyInPersonalChat'));
    });
  }

  it('shows the product card in a group chat without the Get keys button, saying why', async () => {
    await say('alex', 'software', 'c-group', 'groupChat');
    const [productReply] = await say('alex', WINDOWS_PRODUCT.name, 'c-group', 'groupChat');
    const card = cardOf(productReply);
    assert.deepEqual(getKeysButtons(card), []);
    assert.ok(JSON.stringify(card).includes(en('refusals.keysOnlyInPersonalChat')));
  });

  it('refuses a payload with a missing or extra field on the card', async () => {
    const { os: _os, ...missing } = getKeys('en-US', 'x64');
    for (const data of [missing, { ...getKeys('en-US', 'x64'), keys: 'all' }]) {
      const card = (await press('alex', data)).card();
      assert.ok(cardShows(card, en('refusals.invalidInput')), JSON.stringify(data));
      assertNoKeyIn(card, 'a refusal');
    }
  });

  it('audits each reveal with benefit, product, who and when, but never a key', async () => {
    const clock = sinon.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z'), toFake: ['Date'] });
    await press('alex', getKeys('en-US', 'x64'));
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

  it('still answers Get keys pressed on a card sent while it was an Action.Submit: keys in place of the card, a refusal in words', async () => {
    const [update] = (await submit('alex', getKeys('de-DE', 'x64'))).received();
    assert.equal(update?.method, 'PUT', 'the product card is replaced by the keys');
    assert.match(update.path, /activities\/card-activity-1$/);
    for (const key of WINDOWS_PRODUCT.keys) assert.ok(JSON.stringify(cardOf(update.activity)).includes(key));
    const refused = await submit('alex', getKeys('en-US', 'x64'), 'groupChat');
    assert.equal(refused.text(), en('refusals.keysOnlyInPersonalChat'));
    assertNoKeyIn(refused.replies(), 'a group chat');
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
    const pressed = await submit('alex', getKeys('en-US', 'x64'));
    assert.equal(pressed.text(), en('errors.generic'), 'the user is told something went wrong');
    assert.ok(test.logLines.some((line) => line.includes('turn failed')), 'the failure is logged');
    assertNoKeyIn(test.logLines, 'the log');
  });

  it('never writes a key to a log line when the invoke response with the keys cannot be written', async () => {
    // A response that fails on the keys card and quotes the body it failed on, as a serializer's error may.
    // restify adds `send` to Node's response.
    const responses = ServerResponse.prototype as unknown as { send: (...args: unknown[]) => unknown };
    const send = responses.send;
    sinon.replace(responses, 'send', function (this: ServerResponse, ...args: unknown[]) {
      const body = JSON.stringify(args);
      if (body.includes('application/vnd.microsoft.card.adaptive')) throw new Error(`Could not write ${body}`);
      return send.apply(this, args);
    });
    const consoleErrors = sinon.replace(console, 'error', sinon.fake());
    const activity = teamsActivity('invoke', { user: 'alex', serviceUrl: test.capture.url, conversationId: 'c-unwritten' }, {
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'software.getKeys', data: getKeys('en-US', 'x64') }, trigger: 'manual' },
      ...conversationOfType('personal', 'c-unwritten'),
    });
    const { status, text } = await test.post(activity);
    assert.equal(status, 500, 'Teams hears that the answer failed');
    assert.ok(consoleErrors.called, 'the failure is logged');
    assertNoKeyIn([text, test.logLines, consoleErrors.args.map((args) => args.map(String))], 'the log or the answer');
    const events = await auditEvents<Record<string, unknown>>(test);
    assert.ok(events.some((event) => event.action === 'software.getKeys' && event.outcome === 'applied'), 'the reveal is audited');
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
    assert.equal(executeActionsOf(card)[0]?.verb, 'software.getKeys');
    assert.ok(!JSON.stringify([prompt, reply]).includes(WINDOWS_PRODUCT.keys[0]));
    assert.equal(client.dialogTurnResult.status, 'complete');
  });
});
