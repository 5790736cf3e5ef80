import { strict as assert } from 'node:assert';
import { translatorFor, type Locale } from '../../bot/i18n';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, cardShows, executeActionsOf, inputsOf, submitActionsOf } from '../support/cards';
import { DEMO_USERS, type DemoUser } from '../support/demo';
import { importOtherCompany, OTHER_COMPANY_PERSON } from '../support/otherCompany';
import { storedDocument } from '../support/storedDocuments';

const en = translatorFor('en');
const ON_PREMISES = 'technical-on-premises-incidents';

type Json = Record<string, unknown>;

/** Naming the person in the command instead of picking them, for clients without type-ahead search. */
describe('a person named in the command for technical support and the marketing contact, through /api/messages', () => {
  const test = appPerTest();
  let conversation = 0;

  /** Types a command and returns the one reply. */
  const say = async (text: string, user: DemoUser = 'alex', locale = 'en-US'): Promise<Json> => {
    const conversationId = `conv-named-${++conversation}`;
    await test.post(teamsMessage(text, { user, locale, serviceUrl: test.capture.url, conversationId }));
    const [reply] = await test.capture.waitFor(1, conversationId);
    return reply;
  };
  const chosenIn = (card: Json, inputId: string) => inputsOf(card).get(inputId)?.value;
  const technicalAssignments = async () =>
    (await storedDocument<{ assignments: { assignee: string; alternateEmail?: string }[] }>(test, `benefit:${ON_PREMISES}`))!.assignments;
  const storedContact = async () => {
    try {
      return await storedDocument<{ aadObjectId: string; email: string }>(test, 'marketingContact');
    } catch {
      return undefined;
    }
  };

  describe('assign technical support to <name>', () => {
    it('shows the technical card with the one person found chosen in every assign form, and assigns with the email typed there', async () => {
      const card = cardOf(await say('assign technical support to adele'));
      const pickers = [...inputsOf(card)].filter(([id]) => id.startsWith('assignee@'));
      assert.ok(pickers.length > 1, 'several benefits can be assigned');
      for (const [id, picker] of pickers) assert.equal(picker.value, DEMO_USERS.adele.aadObjectId, id);
      assert.ok(cardShows(card, en('technical.byName.chosen', { person: DEMO_USERS.adele.name, button: en('technical.assign.button') })));

      const assign = executeActionsOf(card).find((action) => action.verb === 'technical.assign' && action.data.benefitId === ON_PREMISES)!;
      const inputs = { [`assignee@${ON_PREMISES}`]: chosenIn(card, `assignee@${ON_PREMISES}`), [`alternateEmail@${ON_PREMISES}`]: 'adele.support@contoso-partners.example' };
      const executed = await executeCard(test, 'alex', assign.verb, { ...assign.data, ...inputs });
      assert.ok(cardShows(executed.card(), 'adele.support@contoso-partners.example'), 'the result replaces the card');
      assert.deepEqual(
        (await technicalAssignments()).map(({ assignee, alternateEmail }) => ({ assignee, alternateEmail })),
        [{ assignee: DEMO_USERS.adele.aadObjectId, alternateEmail: 'adele.support@contoso-partners.example' }],
      );
    });

    for (const [text, locale] of [
      ['technischen Support zuweisen an Adele', 'de'],
      ['wijs technische ondersteuning toe aan adele', 'nl'],
      ['分配技术支持给 adele', 'zh-CN'],
    ] as const) {
      it(`understands "${text}" and answers in ${locale}`, async () => {
        const t = translatorFor(locale);
        const card = cardOf(await say(text, 'alex', locale));
        assert.equal(chosenIn(card, `assignee@${ON_PREMISES}`), DEMO_USERS.adele.aadObjectId);
        assert.ok(cardShows(card, t('technical.byName.chosen', { person: DEMO_USERS.adele.name, button: t('technical.assign.button') })));
      });
    }

    it('offers namesakes on a card whose button brings the technical card with the one pressed chosen', async () => {
      const card = cardOf(await say('assign technical support to a'));
      const buttons = executeActionsOf(card);
      assert.deepEqual(buttons.map((button) => button.verb), ['technical.pickAssignee', 'technical.pickAssignee'], 'Alex and Adele; never Diego');
      const adele = buttons.find((button) => button.data.assignee === DEMO_USERS.adele.aadObjectId)!;
      assert.deepEqual(adele.data, { assignee: DEMO_USERS.adele.aadObjectId, name: 'a' });
      const picked = (await executeCard(test, 'alex', adele.verb, adele.data)).card();
      assert.equal(chosenIn(picked, `assignee@${ON_PREMISES}`), DEMO_USERS.adele.aadObjectId);
      assert.deepEqual(await technicalAssignments(), [], 'choosing assigns nothing yet');
    });

    it('finds nobody tied only to CSP or outside the roster, and tells an MPN partner admin who assigns', async () => {
      for (const name of ['diego', 'nestor']) {
        assert.equal((await say(`assign technical support to ${name}`)).text, en('technical.byName.nobody', { name }));
      }
      assert.equal((await say('assign technical support to adele', 'megan')).text,
        en('refusals.roleRequired', { requiredRoles: en('roles.globalAdmin'), holders: DEMO_USERS.alex.name }));
    });

    it('refuses a forged press for an account tied only to CSP or a person of another company, chooses nobody and assigns nothing', async () => {
      await importOtherCompany(test);
      const csp = (await executeCard(test, 'alex', 'technical.pickAssignee', { assignee: DEMO_USERS.diego.aadObjectId, name: 'a' })).card();
      assert.ok(cardShows(csp, en('refusals.pickedCspOnly', { person: DEMO_USERS.diego.name })));
      assert.deepEqual(executeActionsOf(csp).map((action) => action.verb), ['technical.pickAssignee', 'technical.pickAssignee'], 'the people found are still offered');
      const foreign = await executeCard(test, 'alex', 'technical.pickAssignee', { assignee: OTHER_COMPANY_PERSON.aadObjectId, name: 'zoe' });
      assert.deepEqual([foreign.response.type, foreign.response.value], ['application/vnd.microsoft.activity.message', en('refusals.assigneeNotInRoster')]);
      const employee = await executeCard(test, 'adele', 'technical.pickAssignee', { assignee: DEMO_USERS.adele.aadObjectId, name: 'adele' });
      assert.equal(employee.response.value, en('refusals.roleRequired', { requiredRoles: en('roles.globalAdmin'), holders: DEMO_USERS.alex.name }));
      assert.deepEqual(await technicalAssignments(), []);
    });
  });

  describe('marketing contact <name>', () => {
    it('shows the form with the one person found chosen, in their language, and saves it after the review', async () => {
      const form = cardOf(await say('marketing contact adele', 'megan'));
      assert.equal(chosenIn(form, 'aadObjectId'), DEMO_USERS.adele.aadObjectId);
      assert.equal(chosenIn(form, 'preferredLanguage'), 'nl', 'the roster\'s language for Adele');
      assert.equal(chosenIn(form, 'email'), '', 'nobody else\'s address');

      const review = submitActionsOf(form)[0];
      const fields = { aadObjectId: DEMO_USERS.adele.aadObjectId, email: 'adele.marketing@contoso-partners.example', phone: '+31 20 123 4567', preferredLanguage: 'nl' };
      const confirm = cardOf((await pressCard(test, 'megan', { ...review.data, ...fields })).received()[0]?.activity);
      const save = executeActionsOf(confirm).find((action) => action.verb === 'marketingContact.save')!;
      const saved = await executeCard(test, 'megan', save.verb, save.data);
      assert.ok(cardShows(saved.card(), en('marketingContact.saved.text', { person: DEMO_USERS.adele.name })));
      assert.equal((await storedContact())?.aadObjectId, DEMO_USERS.adele.aadObjectId);
    });

    for (const [text, locale] of [
      ['make Adele the marketing contact', 'en'],
      ['set the marketing contact to adele.vance@', 'en'],
      ['Adele als Marketingkontakt', 'de'],
      ['maak Adele marketingcontact', 'nl'],
      ['将 Adele 设为营销联系人', 'zh-CN'],
      ['营销联系人 adele', 'zh-CN'],
    ] as [string, Locale][]) {
      it(`understands "${text}" and answers in ${locale}`, async () => {
        const form = cardOf(await say(text, 'megan', locale));
        assert.equal(chosenIn(form, 'aadObjectId'), DEMO_USERS.adele.aadObjectId);
        assert.ok(cardShows(form, translatorFor(locale)('marketingContact.title')));
      });
    }

    it('offers namesakes on a card whose button brings the form with the one pressed chosen', async () => {
      const card = cardOf(await say('marketing contact a', 'megan'));
      const adele = executeActionsOf(card).find((button) => button.data.assignee === DEMO_USERS.adele.aadObjectId)!;
      assert.deepEqual([adele.verb, adele.data], ['marketingContact.pickPerson', { assignee: DEMO_USERS.adele.aadObjectId, name: 'a' }]);
      assert.ok(!executeActionsOf(card).some((button) => button.data.assignee === DEMO_USERS.diego.aadObjectId), 'never an account tied only to CSP');
      const form = (await executeCard(test, 'megan', adele.verb, adele.data)).card();
      assert.equal(chosenIn(form, 'aadObjectId'), DEMO_USERS.adele.aadObjectId);
      assert.equal(await storedContact(), undefined, 'choosing saves nothing');
    });

    it('finds nobody tied only to CSP, and tells an employee who registers the contact', async () => {
      assert.equal((await say('marketing contact diego', 'megan')).text, en('marketingContact.byName.nobody', { name: 'diego' }));
      const refusal = String((await say('marketing contact megan', 'adele')).text);
      assert.match(refusal, new RegExp(DEMO_USERS.megan.name), 'names who may');
    });

    it('refuses a forged press for an account tied only to CSP or a person of another company and saves nothing', async () => {
      await importOtherCompany(test);
      const csp = (await executeCard(test, 'megan', 'marketingContact.pickPerson', { assignee: DEMO_USERS.diego.aadObjectId, name: 'a' })).card();
      assert.ok(cardShows(csp, en('refusals.pickedCspOnly', { person: DEMO_USERS.diego.name })));
      assert.equal(inputsOf(csp).size, 0, 'no form with Diego in it');
      const foreign = await executeCard(test, 'megan', 'marketingContact.pickPerson', { assignee: OTHER_COMPANY_PERSON.aadObjectId });
      assert.equal(foreign.response.value, en('refusals.assigneeNotInRoster'));
      assert.equal(await storedContact(), undefined);
    });
  });
});
