import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { translatorFor } from '../../bot/i18n';
import { unsuccessfulText } from '../../dialogs/present/outcomeText';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, executeActionsOf, inputsOf, submitActionsOf } from '../support/cards';
import { DEMO_USERS, demoFileJson, type DemoUser } from '../support/demo';
import { auditEvents, storedDocument } from '../support/storedDocuments';

const en = translatorFor('en');
const ACCOUNT_EMAIL = (demoFileJson().tenant as { partnerCenterAccountEmail: string }).partnerCenterAccountEmail;
const FORM = { command: 'marketingContact', step: 'review' };

interface StoredContact {
  aadObjectId: string;
  email: string;
  phoneE164: string;
  preferredLanguage: string;
  updatedAt: string;
  _etag: string;
}

interface AuditEvent {
  action: string;
  outcome: string;
  reason?: string;
  actor: string;
  before?: { aadObjectId?: string };
  after?: { aadObjectId?: string };
}

const entered = (overrides: Record<string, unknown> = {}) => ({
  aadObjectId: DEMO_USERS.megan.aadObjectId,
  email: 'marketing@contoso-partners.example',
  phone: '+49 (0)30 123-4567',
  preferredLanguage: 'de',
  ...overrides,
});

describe('the marketing contact through /api/messages', () => {
  const test = appPerTest();
  let conversation = 0;

  const storedContact = async (): Promise<StoredContact | undefined> => {
    try {
      return await storedDocument<StoredContact>(test, 'marketingContact');
    } catch {
      return undefined;
    }
  };

  const say = async (user: DemoUser, text: string) => {
    const conversationId = `conv-mc-${++conversation}`;
    await test.post(teamsMessage(text, { user, serviceUrl: test.capture.url, conversationId }));
    return test.capture.waitFor(1, conversationId);
  };

  const press = async (user: DemoUser, value: Record<string, unknown>, id?: string) => {
    const received = (await pressCard(test, user, value, { id })).received();
    return { received, first: received[0], text: received.find((entry) => entry.method === 'POST')?.activity.text as string | undefined };
  };

  const save = (user: DemoUser, contact: Record<string, unknown>, id?: string) =>
    press(user, { action: 'marketingContact.save', contact }, id);

  it('shows Megan the form: every person of the roster who may be the contact, the languages by name, and no current contact yet', async () => {
    const [reply] = await say('megan', 'marketing contact');
    const card = cardOf(reply);
    const inputs = inputsOf(card);
    assert.deepEqual([...inputs.keys()].sort(), ['aadObjectId', 'email', 'phone', 'preferredLanguage']);
    const people = (inputs.get('aadObjectId')?.choices as { value: string }[]).map((choice) => choice.value);
    for (const user of ['alex', 'megan', 'lee', 'adele'] as const) assert.ok(people.includes(DEMO_USERS[user].aadObjectId), user);
    assert.ok(!people.includes(DEMO_USERS.diego.aadObjectId), 'an account tied only to CSP is not offered');
    const languages = inputs.get('preferredLanguage')?.choices as { title: string; value: string }[];
    assert.ok(languages.some((language) => language.value === 'pt-BR' && language.title === 'Brazilian Portuguese'));
    assert.ok(!JSON.stringify(card).includes(en('marketingContact.currentHeading')));
    assert.deepEqual(submitActionsOf(card)[0]?.data, FORM);
    const checks = (id: string, value: string) => new RegExp(String(inputs.get(id)?.regex)).test(value);
    assert.deepEqual([checks('email', 'megan@'), checks('phone', '030 1234567')], [false, false], 'the card checks before sending');
    assert.deepEqual([checks('email', 'megan@contoso.example'), checks('phone', '+49 30 1234567')], [true, true]);
  });

  it('refuses the Partner Center account email in another letter case, shows the form again in place, and saves nothing', async () => {
    const email = ACCOUNT_EMAIL.toUpperCase().replace('PARTNERCENTER', 'PartnerCenter');
    assert.notEqual(email, ACCOUNT_EMAIL);
    const review = await press('megan', { ...FORM, ...entered({ email }) });
    assert.equal(review.first?.method, 'PUT', 'the form is replaced in place');
    const card = cardOf(review.first.activity);
    assert.ok(JSON.stringify(card).includes(JSON.stringify(en('refusals.marketingEmailSameAsAccount', { email })).slice(1, -1)));
    assert.equal(inputsOf(card).get('email')?.value, email, 'what was typed is kept');
    assert.equal(await storedContact(), undefined);
  });

  it('accepts an address that only resembles the account email', async () => {
    const review = await press('megan', { ...FORM, ...entered({ email: `marketing.${ACCOUNT_EMAIL}` }) });
    assert.ok(JSON.stringify(cardOf(review.first.activity)).includes(en('marketingContact.confirm.title')));
  });

  it('refuses a phone number with letters, one without a country code, and one of no country; keeps the Italian trunk zero', async () => {
    const cases: [string, string][] = [
      ['+49 30 CALL-NOW', 'marketingPhoneInvalid'],
      ['030 1234567', 'marketingPhoneCountryCodeMissing'],
      ['+999 1234 5678', 'marketingPhoneInvalid'],
    ];
    for (const [phone, code] of cases) {
      const review = await press('megan', { ...FORM, ...entered({ phone }) });
      const card = JSON.stringify(cardOf(review.first.activity));
      assert.ok(card.includes(JSON.stringify(en(`refusals.${code}`, { phone })).slice(1, -1)), phone);
    }
    const rome = await press('megan', { ...FORM, ...entered({ phone: '+39 (0)6 1234 5678' }) });
    const save = executeActionsOf(cardOf(rome.first.activity))[0];
    assert.equal((save?.data.contact as { phone: string }).phone, '+390612345678');
    assert.equal(await storedContact(), undefined, 'a review saves nothing');
  });

  it('confirms, then saves with the phone number in E.164, replaces the summary with the result, and audits it', async () => {
    const review = await press('megan', { ...FORM, ...entered() });
    const confirm = cardOf(review.first.activity);
    const [saveButton] = executeActionsOf(confirm);
    assert.equal(saveButton?.verb, 'marketingContact.save');
    assert.deepEqual(saveButton?.data, { contact: { ...entered(), phone: '+49301234567' } });
    assert.equal(await storedContact(), undefined, 'nothing is saved before Save');

    const saved = await executeCard(test, 'megan', saveButton.verb, saveButton.data);
    assert.ok(JSON.stringify(saved.card()).includes(en('marketingContact.saved.title')));
    const contact = await storedContact();
    assert.equal(contact?.aadObjectId, DEMO_USERS.megan.aadObjectId);
    assert.equal(contact?.phoneE164, '+49301234567');
    assert.equal(contact?.preferredLanguage, 'de');
    const events = await auditEvents<AuditEvent>(test, 'marketingContact.save');
    assert.ok(events.some((event) => event.outcome === 'applied' && event.actor === DEMO_USERS.megan.aadObjectId));
  });

  it('saves once when Teams redelivers the Save activity', async () => {
    sinon.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z'), toFake: ['Date'] });
    await save('megan', { ...entered(), phone: '+49301234567' }, 'redelivered-save');
    const first = await storedContact();
    sinon.restore();
    sinon.useFakeTimers({ now: new Date('2026-11-21T10:00:20Z'), toFake: ['Date'] });
    const again = await save('megan', { ...entered(), phone: '+49301234567' }, 'redelivered-save');
    assert.equal(again.first?.method, 'PUT', 'the redelivery still answers with the result');
    const second = await storedContact();
    assert.equal(second?.updatedAt, '2026-11-21T10:00:00.000Z');
    assert.equal(second?._etag, first?._etag, 'not written a second time');
    assert.equal((await auditEvents<AuditEvent>(test, 'marketingContact.save')).length, 1);
  });

  it('changes nothing for a forged Save from an employee, names who may, and audits the attempt', async () => {
    const forged = await save('adele', { ...entered(), aadObjectId: DEMO_USERS.adele.aadObjectId });
    const admins = { requiredRoles: ['globalAdmin' as const, 'mpnPartnerAdmin' as const], holders: [DEMO_USERS.alex.name, DEMO_USERS.megan.name] };
    assert.equal(forged.text, unsuccessfulText({ kind: 'refused', code: 'roleRequired', params: admins }, en, 'en'));
    assert.equal(await storedContact(), undefined);
    const [event] = await auditEvents<AuditEvent>(test, 'marketingContact.save');
    assert.equal(event?.outcome, 'refused');
    assert.equal(event?.reason, 'roleRequired');
    assert.equal(event?.actor, DEMO_USERS.adele.aadObjectId);
  });

  it('refuses a forged review from an employee and a CSP-only account', async () => {
    const employee = await press('adele', { ...FORM, ...entered() });
    assert.match(String(employee.text), new RegExp(en('roles.mpnPartnerAdmin')));
    const csp = await press('diego', { ...FORM, ...entered() });
    assert.match(String(csp.text), /You are not authorized for this action/);
  });

  it('checks a Save that skipped the review as strictly as the review', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [entered({ email: ACCOUNT_EMAIL.toUpperCase() }), en('refusals.marketingEmailSameAsAccount', { email: ACCOUNT_EMAIL.toUpperCase() })],
      [entered({ email: 'not-an-address' }), en('refusals.marketingEmailInvalid', { email: 'not-an-address' })],
      [entered({ phone: '+49 30 1234567 ext. 5' }), en('refusals.marketingPhoneInvalid', { phone: '+49 30 1234567 ext. 5' })],
      [entered({ aadObjectId: DEMO_USERS.stranger.aadObjectId }), en('refusals.assigneeNotInRoster')],
      [entered({ aadObjectId: DEMO_USERS.diego.aadObjectId }), en('refusals.marketingContactCspOnly', { person: DEMO_USERS.diego.name })],
      [entered({ preferredLanguage: 'tlh' }), en('refusals.invalidInput')],
      [entered({ phoneE164: '+49301234567' }), en('refusals.invalidInput')],
      [{ ...entered(), email: undefined }, en('refusals.invalidInput')],
      [entered({ email: `${'x'.repeat(250)}@example.com` }), en('refusals.invalidInput')],
    ];
    for (const [contact, expected] of cases) {
      const forged = await save('megan', contact);
      assert.equal(forged.text, expected, JSON.stringify(contact).slice(0, 120));
    }
    assert.equal(await storedContact(), undefined);
  });

  it('shows the current contact, and replaces it with another person', async () => {
    await save('megan', entered());
    const [reply] = await say('alex', 'marketing contact');
    const card = JSON.stringify(cardOf(reply));
    assert.ok(card.includes(en('marketingContact.currentHeading')));
    assert.ok(card.includes(DEMO_USERS.megan.name));
    assert.ok(card.includes('+49301234567'));

    const review = await press('alex', { ...FORM, ...entered({ aadObjectId: DEMO_USERS.alex.aadObjectId, email: 'alex.marketing@contoso-partners.example' }) });
    assert.ok(JSON.stringify(cardOf(review.first.activity)).includes(en('marketingContact.confirm.textReplace', { previous: DEMO_USERS.megan.name })));
    await save('alex', { ...entered({ aadObjectId: DEMO_USERS.alex.aadObjectId, email: 'alex.marketing@contoso-partners.example' }) });
    assert.equal((await storedContact())?.aadObjectId, DEMO_USERS.alex.aadObjectId);
    const replaced = (await auditEvents<AuditEvent>(test, 'marketingContact.save')).find((event) => event.actor === DEMO_USERS.alex.aadObjectId);
    assert.equal(replaced?.before?.aadObjectId, DEMO_USERS.megan.aadObjectId);
    assert.equal(replaced?.after?.aadObjectId, DEMO_USERS.alex.aadObjectId);
  });

  it('answers in German, names included', async () => {
    const conversationId = `conv-mc-${++conversation}`;
    await test.post(teamsMessage('marketingkontakt', { user: 'megan', locale: 'de-DE', serviceUrl: test.capture.url, conversationId }));
    const [reply] = await test.capture.waitFor(1, conversationId);
    const card = JSON.stringify(cardOf(reply));
    const de = translatorFor('de');
    assert.ok(card.includes(de('marketingContact.title')));
    assert.ok(card.includes('Portugiesisch (Brasilien)'));
  });
});
