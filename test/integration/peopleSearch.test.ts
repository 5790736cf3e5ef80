import { strict as assert } from 'node:assert';
import { translatorFor } from '../../bot/i18n';
import { importTenant, parseImportFile } from '../../bot/services/importTenant';
import { TenantDocuments } from '../../bot/store/tenantDocuments';
import { teamsActivity, teamsMessage } from '../support/activities';
import sinon from 'sinon';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, cardShows, inputsOf } from '../support/cards';
import { DEMO_USERS, type DemoUser } from '../support/demo';
import { largeCompanyFile, type GeneratedPerson } from '../support/largeCompany';
import { auditEvents } from '../support/storedDocuments';
import { startTestApp, type TestApp } from '../support/testApp';
import { MAX_CARD_BYTES } from '../unit/cards/cardChecks';

const en = translatorFor('en');
const PEOPLE = 5_000;
const company = largeCompanyFile(PEOPLE);
const generated = (index: number) => company.users[company.users.length - PEOPLE + index];

interface SearchAnswer {
  status: number;
  body: { statusCode: number; type: string; value: { results?: { title: string; value: string }[]; code?: string } };
}

describe(`people pickers of a company of ${PEOPLE.toLocaleString('en')} people through /api/messages`, function () {
  this.timeout(300_000);
  let test: TestApp;
  let conversation = 0;

  before(async () => {
    test = await startTestApp();
    // The real import path into the embedded store, as `npm run import` does.
    await importTenant(new TenantDocuments(test.app.store.domain), parseImportFile(company), 'test');
  });
  after(async () => test?.stop());

  /** The `application/search` invoke Teams sends as someone types into a type-ahead picker. */
  const search = async (
    queryText: string,
    options: { user?: DemoUser; dataset?: string; skip?: number; top?: number; tenantId?: string } = {},
  ): Promise<SearchAnswer> => {
    const invoke = teamsActivity('invoke', { user: options.user ?? 'alex', tenantId: options.tenantId, serviceUrl: test.capture.url }, {
      name: 'application/search',
      value: {
        queryText,
        dataset: options.dataset ?? 'assignees',
        queryOptions: { skip: options.skip ?? 0, top: options.top ?? 15 },
      },
    });
    const { status, text } = await test.post(invoke);
    return { status, body: JSON.parse(text) as SearchAnswer['body'] };
  };
  const found = (answer: SearchAnswer) => (answer.body.value.results ?? []).map((result) => result.value);

  const say = async (user: DemoUser, text: string) => {
    const conversationId = `conv-people-${++conversation}`;
    await test.post(teamsMessage(text, { user, serviceUrl: test.capture.url, conversationId }));
    const [reply] = await test.capture.waitFor(1, conversationId);
    return cardOf(reply);
  };

  it('finds a person by part of the name in any letter case and without accents, as Teams asks', async () => {
    const zoe = generated(0);
    assert.equal(zoe.displayName, 'Zoë Müller');
    const answer = await search('zoe MULL');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.statusCode, 200);
    assert.equal(answer.body.type, 'application/vnd.microsoft.search.searchResponse');
    // The same name comes back every 2,000 people; the address tells them apart.
    const namesakes = company.users.filter((person) => person.displayName === 'Zoë Müller').map((person) => person.aadObjectId);
    assert.deepEqual(found(answer).sort(), namesakes.sort());
    const shown = answer.body.value.results?.find((result) => result.value === zoe.aadObjectId);
    assert.deepEqual(shown, { title: `Zoë Müller (${zoe.email})`, value: zoe.aadObjectId });
  });

  it('finds a person by the start of the email address, and by a later word of the name', async () => {
    const person = generated(1234);
    assert.deepEqual(found(await search(person.email.slice(0, person.email.indexOf('@') + 4))), [person.aadObjectId]);
    const lastName = person.displayName.split(' ').slice(1).join(' ');
    assert.ok(found(await search(lastName.toUpperCase())).length > 0);
  });

  it('returns at most 15 people a page, and the next page on a skip', async () => {
    const first = await search('a', { top: 50 });
    assert.equal(found(first).length, 15);
    const second = await search('a', { skip: 15, top: 15 });
    assert.equal(found(second).length, 15);
    assert.equal(new Set([...found(first), ...found(second)]).size, 30);
  });

  it('refuses an overlong query as a bad request', async () => {
    const answer = await search('z'.repeat(101));
    assert.equal(answer.status, 400);
    assert.equal(answer.body.type, 'application/vnd.microsoft.error');
  });

  it('never finds an account tied only to CSP', async () => {
    const cspOnly = company.users.filter((person) => person.accountType === 'cspOnly');
    assert.ok(cspOnly.length > 100);
    for (const person of cspOnly.slice(0, 20)) assert.deepEqual(found(await search(person.email)), [], person.email);
    assert.deepEqual(found(await search(DEMO_USERS.diego.name)), []);
  });

  it('finds nobody for those who may not pick people, another company or a dataset no card names', async () => {
    const name = generated(7).displayName;
    assert.ok(found(await search(name)).length > 0, 'the Global admin finds the person');
    assert.deepEqual(found(await search(name, { user: 'adele' })), [], 'an employee');
    assert.deepEqual(found(await search(name, { user: 'diego' })), [], 'an account tied only to CSP');
    assert.deepEqual(found(await search(name, { user: 'stranger' })), [], 'someone outside the roster');
    assert.deepEqual(found(await search(name, { user: 'megan' })), [], 'the MPN partner admin does not assign');
    assert.ok(found(await search(name, { user: 'megan', dataset: 'marketingContacts' })).length > 0, 'but picks the marketing contact');
    assert.deepEqual(found(await search(name, { dataset: 'everyone' })), [], 'a forged dataset');
    const otherTenant = '00000000-0000-0000-0000-00000000c001';
    assert.deepEqual(found(await search(name, { tenantId: otherTenant })), [], 'another company');
  });

  // People far down the roster: a card of this company lists the first five, so these are on it only as picked.
  const picked = (index: number) => company.users.filter((person) => person.accountType === 'mpn').at(-1 - index)!;
  const accountEmail = (company.tenant as { partnerCenterAccountEmail: string }).partnerCenterAccountEmail;
  const assertShownAsPicked = (card: Record<string, unknown>, inputId: string, person: GeneratedPerson) => {
    const input = inputsOf(card).get(inputId);
    assert.equal(input?.value, person.aadObjectId, `${inputId} keeps the person picked`);
    const choices = input?.choices as { title: string; value: string }[];
    assert.ok(choices.length <= 6, `${inputId} still lists only a few`);
    assert.ok(choices.some((choice) => choice.value === person.aadObjectId && choice.title === person.displayName), `${inputId} names them`);
  };

  it('brings a refused Visual Studio Assign or Reassign back with the people picked, named though the card lists only a few', async () => {
    const assign = await executeCard(test, 'alex', 'benefit.assign', { benefitId: 'vs-professional', assignee: picked(0).aadObjectId, seats: 3 });
    assertShownAsPicked(assign.card(), 'assignee', picked(0));
    assert.ok(cardShows(assign.card(), en('refusals.invalidInput')));

    const clock = sinon.useFakeTimers({ now: new Date('2027-02-07T23:59:00Z'), toFake: ['Date'] });
    try {
      const megan = DEMO_USERS.megan.aadObjectId;
      const reassign = await executeCard(test, 'alex', 'benefit.reassign', { benefitId: 'vs-professional', from: megan, to: picked(1).aadObjectId });
      const card = reassign.card();
      assertShownAsPicked(card, 'to', picked(1));
      assert.equal(inputsOf(card).get('from')?.value, megan, 'the holder picked is kept');
      assert.ok(cardShows(card, 'February 8, 2027'), 'the refusal is on the card');
    } finally {
      clock.restore();
    }
    assert.deepEqual((await auditEvents<Record<string, unknown>>(test)).filter((event) => event.outcome === 'applied' && String(event.action).includes('assign')), []);
  });

  it('brings a refused technical Assign back with the person picked, named, and the email typed', async () => {
    const benefitId = 'technical-on-premises-incidents';
    const executed = await executeCard(test, 'alex', 'technical.assign', {
      benefitId,
      [`assignee@${benefitId}`]: picked(2).aadObjectId,
      [`alternateEmail@${benefitId}`]: accountEmail,
    });
    const card = executed.card();
    assertShownAsPicked(card, `assignee@${benefitId}`, picked(2));
    assert.equal(inputsOf(card).get(`alternateEmail@${benefitId}`)?.value, accountEmail);
  });

  it('brings a refused marketing contact Save back as the form with the person picked, named, and what was typed', async () => {
    const contact = { aadObjectId: picked(3).aadObjectId, email: accountEmail.toUpperCase(), phone: '+49 30 1234567', preferredLanguage: 'nl' };
    const executed = await executeCard(test, 'megan', 'marketingContact.save', { contact });
    const card = executed.card();
    assertShownAsPicked(card, 'aadObjectId', picked(3));
    const inputs = inputsOf(card);
    assert.deepEqual([inputs.get('email')?.value, inputs.get('phone')?.value, inputs.get('preferredLanguage')?.value], [contact.email, contact.phone, 'nl']);
  });

  it('chooses a person named in the command though the technical card and the contact form list only a few, and says so', async () => {
    const technical = await say('alex', `assign technical support to ${picked(4).email}`);
    assertShownAsPicked(technical, 'assignee@technical-on-premises-incidents', picked(4));
    assert.ok(cardShows(technical, en('technical.byName.hint')), 'the picker says the name can be typed');
    const form = await say('megan', `marketing contact ${picked(5).email}`);
    assertShownAsPicked(form, 'aadObjectId', picked(5));
    assert.ok(cardShows(form, en('marketingContact.byName.hint')));
    for (const card of [technical, form]) assert.ok(Buffer.byteLength(JSON.stringify(card)) < MAX_CARD_BYTES);
  });

  it('keeps every card of the Visual Studio, technical and marketing contact flows under 28 KB', async () => {
    const start = test.capture.received.length;
    const visualStudio = await say('alex', 'visual studio');
    const assignee = inputsOf(visualStudio).get('assignee');
    assert.deepEqual(assignee?.['choices.data'], { type: 'Data.Query', dataset: 'assignees' });
    assert.ok((assignee?.choices as unknown[]).length <= 5, 'the card lists the first few and asks for a name');
    const note = en('people.typeToFind', { number: company.users.filter((p) => p.accountType === 'mpn').length - 2 });
    assert.ok(JSON.stringify(visualStudio).includes(note));
    await pressCard(test, 'alex', { action: 'benefit.assign', benefitId: 'vs-professional', assignee: generated(0).aadObjectId });

    const technical = await say('alex', 'technical');
    assert.deepEqual(inputsOf(technical).get('assignee@technical-on-premises-incidents')?.['choices.data'], { type: 'Data.Query', dataset: 'assignees' });
    await pressCard(test, 'alex', {
      action: 'technical.assign',
      benefitId: 'technical-on-premises-incidents',
      'assignee@technical-on-premises-incidents': generated(1).aadObjectId,
      'alternateEmail@technical-on-premises-incidents': 'support@zoe.example',
    });

    const form = await say('megan', 'marketing contact');
    assert.deepEqual(inputsOf(form).get('aadObjectId')?.['choices.data'], { type: 'Data.Query', dataset: 'marketingContacts' });
    const contact = { aadObjectId: generated(2).aadObjectId, email: 'marketing@zoe.example', phone: '+49 30 1234567', preferredLanguage: 'de' };
    await pressCard(test, 'megan', { command: 'marketingContact', step: 'review', ...contact });
    await pressCard(test, 'megan', { action: 'marketingContact.save', contact });
    await say('megan', 'marketing contact');

    const cards = test.capture.received.slice(start).flatMap((entry) => {
      const attachments = (entry.activity.attachments ?? []) as { content: unknown }[];
      return attachments.map((attachment) => Buffer.byteLength(JSON.stringify(attachment.content), 'utf8'));
    });
    assert.ok(cards.length >= 8, `${cards.length} cards`);
    for (const bytes of cards) assert.ok(bytes < MAX_CARD_BYTES, `a card of ${bytes} bytes`);
  });
});
