import { strict as assert } from 'node:assert';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { translatorFor } from '../../bot/i18n';
import { importTenant, parseImportFile } from '../../bot/services/importTenant';
import { TenantDocuments } from '../../bot/store/tenantDocuments';
import { formatList, formatRoles } from '../../cards/shared/formatting';
import { TechnicalDialog } from '../../dialogs/technical/technicalDialog';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, executeActionsOf, inputsOf, refreshOf } from '../support/cards';
import { DEMO_TENANT_ID, DEMO_USERS, demoFileJson, type DemoUser } from '../support/demo';
import { openDialogServices, type DialogServices } from '../support/dialogServices';
import { auditEvents, storedDocument, storedDocumentsOfType } from '../support/storedDocuments';

const en = translatorFor('en');
const ON_PREMISES = 'technical-on-premises-incidents';
const ON_PREMISES_NAME = 'Microsoft product support incidents (on-premises)';
const SIGNATURE = 'technical-signature-cloud-support';
const ADVISORY = 'technical-advisory-hours';
const ACTION_PACK_ONLY_TENANT = '00000000-0000-0000-0000-00000000a001';
const GOLD_TENANT = '00000000-0000-0000-0000-00000000b001';

interface StoredTechnical {
  status: string;
  activationDate?: string;
  accessId?: string;
  contractId?: string;
  assignments: { assignee: string; alternateEmail?: string }[];
}

type Json = Record<string, unknown>;

/** A company of our own, derived from the demo file: same people, another membership and other benefits. */
function companyFile(tenantId: string, membership: Json, benefits: Json[]): Json {
  const demo = demoFileJson() as { tenant: Json };
  return { ...demo, tenant: { ...demo.tenant, tenantId, membership }, benefits, assignments: [] };
}

function technicalBenefit(benefitId: string, kind: string, status: string, extra: Json = {}): Json {
  return { benefitId, category: 'technical', name: `Benefit ${benefitId}`, quantity: 2, status, kind, ...extra };
}

const actionPackOnly = companyFile(
  ACTION_PACK_ONLY_TENANT,
  { networkMember: true, actionPack: { purchaseDate: '2026-01-15', autoRenew: true }, competencies: [] },
  [technicalBenefit(ON_PREMISES, 'onPremisesIncidents', 'available')],
);

const goldNonCloud = companyFile(
  GOLD_TENANT,
  { networkMember: true, competencies: [{ name: 'Data Analytics', level: 'gold', cloud: false }] },
  [
    technicalBenefit(ADVISORY, 'advisoryHours', 'active', { activationDate: '2026-03-02' }),
    technicalBenefit(ON_PREMISES, 'onPremisesIncidents', 'available'),
    technicalBenefit('technical-expired-presales', 'presalesDeployment', 'expired'),
  ],
);

/** The facts of the benefit section titled `name`, by label. */
function benefitFacts(card: Json, name: string): Map<string, string> {
  const sections = (card.body as Json[]).filter((element) => element.type === 'Container');
  const section = sections.find((container) => (container.items as Json[])[0]?.text === name);
  assert.ok(section, `no section for ${name}`);
  const factSet = (section.items as Json[]).find((item) => item.type === 'FactSet') as { facts: { title: string; value: string }[] };
  return new Map(factSet.facts.map((fact) => [fact.title, fact.value]));
}

/** The entitlement rows: the card's first fact set. */
function entitlementOf(card: Json): Map<string, string> {
  const factSet = (card.body as Json[]).find((element) => element.type === 'FactSet') as { facts: { title: string; value: string }[] };
  return new Map(factSet.facts.map((fact) => [fact.title, fact.value]));
}

function actionsFor(card: Json, benefitId: string): string[] {
  return executeActionsOf(card)
    .filter((action) => action.data.benefitId === benefitId)
    .map((action) => action.verb);
}

/** The folded form (Action.ShowCard) holding an input. */
function findShowCardWith(card: Json, inputId: string): Json | undefined {
  let found: Json | undefined;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const element = node as Json;
      if (element.type === 'Action.ShowCard' && inputsOf(element.card).has(inputId)) found = element;
      Object.values(element).forEach(visit);
    }
  };
  visit(card);
  return found;
}

describe('technical benefits through /api/messages', () => {
  const test = appPerTest();
  let conversation = 0;

  const readBenefit = async (benefitId: string, tenantId = DEMO_TENANT_ID): Promise<StoredTechnical> =>
    (await storedDocument<StoredTechnical>(test, `benefit:${benefitId}`, tenantId))!;
  const importCompany = async (file: Json) =>
    importTenant(new TenantDocuments(test.app.store.domain), parseImportFile(file), 'test');

  /** Types the command and returns the card it answers with. */
  const technicalCard = async (user: DemoUser, tenantId?: string): Promise<Json> => {
    const conversationId = `conv-technical-${++conversation}`;
    await test.post(teamsMessage('technical', { user, tenantId, serviceUrl: test.capture.url, conversationId }));
    const [reply] = await test.capture.waitFor(1, conversationId);
    return cardOf(reply);
  };

  const submit = async (user: DemoUser, value: Json, options: { id?: string; tenantId?: string } = {}) => {
    const received = (await pressCard(test, user, value, { ...options, replyToId: 'technical-card-1' })).received();
    return { text: received[0]?.activity.text as string | undefined, update: received.find((entry) => entry.method === 'PUT') };
  };

  const activate = { action: 'technical.activate', benefitId: ON_PREMISES };
  const recordIds = (accessId: string, contractId: string, benefitId = ON_PREMISES) => ({
    action: 'technical.recordIds',
    benefitId,
    [`accessId@${benefitId}`]: accessId,
    [`contractId@${benefitId}`]: contractId,
  });
  const assign = (assignee: DemoUser, alternateEmail: string) => ({
    action: 'technical.assign',
    benefitId: ON_PREMISES,
    [`assignee@${ON_PREMISES}`]: DEMO_USERS[assignee].aadObjectId,
    [`alternateEmail@${ON_PREMISES}`]: alternateEmail,
  });

  describe('the card', () => {
    it('shows the demo company its entitlement: 15 on-premises incidents and unlimited cloud support', async () => {
      const entitlement = entitlementOf(await technicalCard('adele'));
      assert.equal(entitlement.get(en('technical.entitlement.onPremises')), en('technical.entitlement.incidents', { number: 15 }));
      assert.equal(entitlement.get(en('technical.entitlement.cloud')), en('technical.entitlement.unlimited'));
    });

    it('shows an Action Pack without competencies 10 on-premises incidents and no cloud support', async () => {
      await importCompany(actionPackOnly);
      const entitlement = entitlementOf(await technicalCard('alex', ACTION_PACK_ONLY_TENANT));
      assert.equal(entitlement.get(en('technical.entitlement.onPremises')), en('technical.entitlement.incidents', { number: 10 }));
      assert.equal(entitlement.get(en('technical.entitlement.cloud')), en('technical.entitlement.none'));
    });

    it('shows Gold in a competency that is not a cloud one 20 on-premises and 10 cloud incidents', async () => {
      await importCompany(goldNonCloud);
      const entitlement = entitlementOf(await technicalCard('alex', GOLD_TENANT));
      assert.equal(entitlement.get(en('technical.entitlement.onPremises')), en('technical.entitlement.incidents', { number: 20 }));
      assert.equal(entitlement.get(en('technical.entitlement.cloud')), en('technical.entitlement.incidents', { number: 10 }));
    });

    it('translates the entitlement for a German reader', async () => {
      const de = translatorFor('de');
      const conversationId = 'conv-technical-de';
      await test.post(teamsMessage('technisch', { user: 'megan', locale: 'de-DE', serviceUrl: test.capture.url, conversationId }));
      const [reply] = await test.capture.waitFor(1, conversationId);
      const entitlement = entitlementOf(cardOf(reply));
      assert.equal(entitlement.get(de('technical.entitlement.cloud')), de('technical.entitlement.unlimited'));
    });

    it('offers each person only the actions their role allows', async () => {
      const megan = await technicalCard('megan');
      assert.deepEqual(actionsFor(megan, ON_PREMISES), ['technical.activate']);
      assert.deepEqual(actionsFor(megan, SIGNATURE), ['technical.recordIds']);
      const alex = await technicalCard('alex');
      assert.deepEqual(actionsFor(alex, ON_PREMISES), ['technical.activate', 'technical.assign']);
      const email = inputsOf(alex).get(`alternateEmail@${ON_PREMISES}`);
      assert.equal(email?.style, 'email');
      assert.ok(!new RegExp(String(email?.regex)).test('adele.support@'), 'the card checks the address before sending it');
      assert.equal(email?.isRequired, true);
      const person = inputsOf(alex).get(`assignee@${ON_PREMISES}`);
      const offered = (person?.choices as { value: string }[]).map((choice) => choice.value);
      assert.ok(offered.includes(DEMO_USERS.adele.aadObjectId));
      assert.ok(!offered.includes(DEMO_USERS.diego.aadObjectId), 'an account tied only to CSP is not offered');
      assert.deepEqual(person?.['choices.data'], { type: 'Data.Query', dataset: 'assignees' });
      const adele = await technicalCard('adele');
      assert.deepEqual(
        executeActionsOf(adele).map((action) => [action.verb, action.data]),
        ['technical-partner-advisory-hours', 'technical-presales-deployment'].map((benefitId) => ['technical.request', { benefitId }]),
        'an employee may only ask for advisory hours and presales help',
      );
      assert.ok(JSON.stringify(adele).includes(DEMO_USERS.megan.name), 'the employee is told who can activate');
    });

    it('refuses a CSP-only account', async () => {
      const conversationId = 'conv-technical-csp';
      await test.post(teamsMessage('technical', { user: 'diego', serviceUrl: test.capture.url, conversationId }));
      const [reply] = await test.capture.waitFor(1, conversationId);
      assert.equal(reply?.text, en('refusals.cspOnly'));
    });
  });

  describe('activating', () => {
    it('lets the MPN partner admin activate: pending from today, card replaced, audited', async () => {
      const press = await submit('megan', activate);
      assert.ok(press.update, 'the card is replaced by the result');
      assert.ok(JSON.stringify(cardOf(press.update.activity)).includes(en('technical.activated.title', { benefit: ON_PREMISES_NAME })));
      const stored = await readBenefit(ON_PREMISES);
      assert.equal(stored.status, 'activationPending');
      assert.equal(stored.activationDate, new Date().toISOString().slice(0, 10));
      const [event] = await auditEvents(test, 'technical.activate');
      assert.equal(event?.outcome, 'applied');
      assert.equal(event?.actor, DEMO_USERS.megan.aadObjectId);
      assert.deepEqual([event?.before?.status, event?.after?.status], ['available', 'activationPending']);
    });

    it('refuses an employee, names who can activate, and audits the attempt', async () => {
      const press = await submit('adele', activate);
      assert.equal(
        press.text,
        en('refusals.roleRequired', {
          requiredRoles: formatRoles(['globalAdmin', 'mpnPartnerAdmin'], en),
          holders: formatList([DEMO_USERS.alex.name, DEMO_USERS.megan.name], en),
        }),
      );
      assert.equal((await readBenefit(ON_PREMISES)).status, 'available');
      const [event] = await auditEvents(test, 'technical.activate');
      assert.deepEqual([event?.outcome, event?.reason, event?.actor], ['refused', 'roleRequired', DEMO_USERS.adele.aadObjectId]);
    });

    it('refuses a CSP-only account even with the form', async () => {
      const press = await submit('diego', activate);
      assert.equal(press.text, en('refusals.cspOnly'));
      assert.equal((await readBenefit(ON_PREMISES)).status, 'available');
    });

    it('activates once when Teams redelivers the submit, and answers both times with the result', async () => {
      const first = await submit('megan', activate, { id: 'redelivered-activation' });
      const again = await submit('megan', activate, { id: 'redelivered-activation' });
      assert.ok(first.update && again.update, 'both deliveries are answered with the result card');
      assert.equal(again.text, undefined, 'the redelivery is not refused as already pending');
      assert.equal((await auditEvents(test, 'technical.activate')).length, 1);
      assert.equal((await readBenefit(ON_PREMISES)).status, 'activationPending');
    });

    it('refuses a second activation while pending, an active benefit, and an expired one', async () => {
      await submit('megan', activate);
      assert.equal((await submit('megan', activate)).text, en('refusals.technicalActivationPending', { benefit: ON_PREMISES_NAME }));
      const active = await submit('megan', { action: 'technical.activate', benefitId: SIGNATURE });
      assert.equal(active.text, en('refusals.technicalAlreadyActive', { benefit: 'Signature Cloud Support' }));
      await importCompany(goldNonCloud);
      const expired = await submit('alex', { action: 'technical.activate', benefitId: 'technical-expired-presales' }, { tenantId: GOLD_TENANT });
      assert.equal(expired.text, en('refusals.technicalExpired', { benefit: 'Benefit technical-expired-presales' }));
    });

    it('refuses a benefit that is not a technical one', async () => {
      const press = await submit('megan', { action: 'technical.activate', benefitId: 'vs-professional' });
      assert.equal(press.text, en('refusals.notATechnicalBenefit', { benefit: 'Visual Studio Professional subscription' }));
    });
  });

  describe('recording the Access ID and Contract ID', () => {
    it('makes the benefit active and shows the IDs to every user of the company', async () => {
      await submit('megan', activate);
      const before = await technicalCard('adele');
      assert.ok(!benefitFacts(before, ON_PREMISES_NAME).has(en('technical.facts.accessId')), 'no IDs while pending');

      const press = await submit('megan', recordIds('ACC-2026-77', 'CON-4411'));
      assert.ok(press.update);
      const stored = await readBenefit(ON_PREMISES);
      assert.deepEqual([stored.status, stored.accessId, stored.contractId], ['active', 'ACC-2026-77', 'CON-4411']);

      const facts = benefitFacts(await technicalCard('adele'), ON_PREMISES_NAME);
      assert.equal(facts.get(en('technical.facts.accessId')), 'ACC-2026-77');
      assert.equal(facts.get(en('technical.facts.contractId')), 'CON-4411');
      assert.equal(facts.get(en('technical.facts.status')), en('technical.status.active'));
    });

    it('refuses IDs for a benefit that was not activated', async () => {
      const press = await submit('megan', recordIds('ACC-1', 'CON-1'));
      assert.equal(press.text, en('refusals.technicalNotActivatedYet', { benefit: ON_PREMISES_NAME }));
      assert.equal((await readBenefit(ON_PREMISES)).accessId, undefined);
    });

    it('refuses an employee', async () => {
      await submit('megan', activate);
      const press = await submit('adele', recordIds('ACC-1', 'CON-1'));
      assert.match(String(press.text), new RegExp(DEMO_USERS.megan.name));
      assert.equal((await readBenefit(ON_PREMISES)).status, 'activationPending');
    });

    it('refuses an empty, oversized or odd ID and a stray field, and changes nothing', async () => {
      await submit('megan', activate);
      for (const value of [
        recordIds('', 'CON-1'),
        recordIds('A'.repeat(65), 'CON-1'),
        recordIds('ACC 1; DROP', 'CON-1'),
        { ...recordIds('ACC-1', 'CON-1'), status: 'active' },
      ]) {
        const press = await submit('megan', value);
        assert.equal(press.text, en('refusals.invalidInput'), JSON.stringify(value).slice(0, 120));
      }
      assert.equal((await readBenefit(ON_PREMISES)).status, 'activationPending');
    });
  });

  describe('assigning with an alternate email', () => {
    it('assigns with a valid alternate email, by the Global admin', async () => {
      const press = await submit('alex', assign('adele', 'adele.support@contoso-partners.example'));
      assert.ok(press.update);
      assert.ok(JSON.stringify(cardOf(press.update.activity)).includes('adele.support@contoso-partners.example'));
      const [assignment] = (await readBenefit(ON_PREMISES)).assignments;
      assert.equal(assignment?.assignee, DEMO_USERS.adele.aadObjectId);
      assert.equal(assignment?.alternateEmail, 'adele.support@contoso-partners.example');
    });

    it('refuses an address that is not valid', async () => {
      const press = await submit('alex', assign('adele', 'adele.support@'));
      assert.equal(press.text, en('refusals.alternateEmailInvalid', { email: 'adele.support@' }));
      assert.deepEqual((await readBenefit(ON_PREMISES)).assignments, []);
    });

    it("refuses the company's Partner Center account email in any letter case", async () => {
      const press = await submit('alex', assign('adele', 'PartnerCenter@Contoso-Partners.EXAMPLE'));
      assert.equal(press.text, en('refusals.alternateEmailSameAsAccount', { email: 'PartnerCenter@Contoso-Partners.EXAMPLE' }));
      assert.deepEqual((await readBenefit(ON_PREMISES)).assignments, []);
    });

    it('refuses a forged assignment to an account tied only to CSP, and changes nothing', async () => {
      const press = await submit('alex', assign('diego', 'diego.support@contoso-partners.example'));
      assert.equal(press.text, en('refusals.recipientCspOnly', { assignee: DEMO_USERS.diego.name, benefit: ON_PREMISES_NAME }));
      assert.deepEqual((await readBenefit(ON_PREMISES)).assignments, []);
      const events = await auditEvents(test);
      assert.ok(events.some((event) => event.action === 'benefit.assign' && event.outcome === 'refused' && event.reason === 'recipientCspOnly'));
    });

    it('refuses the MPN partner admin: only a Global admin assigns', async () => {
      const press = await submit('megan', assign('adele', 'adele.support@contoso-partners.example'));
      assert.equal(press.text, en('refusals.roleRequired', { requiredRoles: en('roles.globalAdmin'), holders: DEMO_USERS.alex.name }));
      assert.deepEqual((await readBenefit(ON_PREMISES)).assignments, []);
    });
  });

  describe('as Universal Actions', () => {
    const execute = (user: DemoUser, value: Json) => {
      const { action, ...data } = value;
      return executeCard(test, user, String(action), data);
    };
    const textOf = (card: Json) => JSON.stringify(card);

    it('keeps the typed alternate email and puts the refusal next to it', async () => {
      const executed = await execute('alex', assign('adele', 'adele.support@'));
      const card = executed.card();
      const email = inputsOf(card).get(`alternateEmail@${ON_PREMISES}`);
      assert.equal(email?.value, 'adele.support@', 'what was typed is kept');
      const refusal = en('refusals.alternateEmailInvalid', { email: 'adele.support@' });
      const form = (findShowCardWith(card, `alternateEmail@${ON_PREMISES}`)?.card as { body: Json[] }).body;
      const field = form.findIndex((element) => element.id === `alternateEmail@${ON_PREMISES}`);
      assert.equal(form[field + 1]?.text, refusal, 'the reason is right under the field');
      assert.deepEqual((await readBenefit(ON_PREMISES)).assignments, []);
    });

    it('puts a refusal about the whole card at its top', async () => {
      const executed = await execute('megan', assign('adele', 'adele.support@contoso-partners.example'));
      const card = executed.card() as { body: Json[] };
      const refusal = en('refusals.roleRequired', { requiredRoles: en('roles.globalAdmin'), holders: DEMO_USERS.alex.name });
      assert.equal(card.body[1]?.text, refusal);
    });

    it('answers an activation with the result card, and a stale card refreshes to the pending state', async () => {
      const stale = await technicalCard('megan');
      const executed = await execute('megan', activate);
      assert.ok(textOf(executed.card()).includes(en('technical.status.activationPending')));
      const { verb, data } = refreshOf(stale);
      const refreshed = (await executeCard(test, 'megan', verb, data, { trigger: 'automatic' })).card();
      assert.ok(textOf(refreshed).includes(en('technical.status.activationPending')));
      assert.ok(!actionsFor(refreshed, ON_PREMISES).includes('technical.activate'), 'Activate is gone once pending');
    });
  });

  describe('requesting presales or advisory help', () => {
    const request = (benefitId = ADVISORY) => ({
      action: 'technical.request',
      benefitId,
      [`topic@${benefitId}`]: 'Landing zone review',
      [`description@${benefitId}`]: 'We would like an architect to review our Azure landing zone design.',
    });

    it('shows the request form on active advisory hours, to an employee too', async () => {
      await importCompany(goldNonCloud);
      const card = await technicalCard('adele', GOLD_TENANT);
      assert.deepEqual(actionsFor(card, ADVISORY), ['technical.request']);
      assert.deepEqual(actionsFor(card, ON_PREMISES), []);
    });

    it('files one open request even when Teams redelivers the submit, and answers with its id', async () => {
      await importCompany(goldNonCloud);
      const first = await submit('adele', request(), { id: 'redelivered-request', tenantId: GOLD_TENANT });
      const again = await submit('adele', request(), { id: 'redelivered-request', tenantId: GOLD_TENANT });
      const requests = await storedDocumentsOfType<{ requestId: string; kind: string; status: string; benefitId: string; createdBy: string }>(test, 'request', GOLD_TENANT);
      assert.equal(requests.length, 1);
      const [filed] = requests;
      assert.deepEqual(
        [filed?.kind, filed?.status, filed?.benefitId, filed?.createdBy],
        ['presalesAdvisory', 'open', ADVISORY, DEMO_USERS.adele.aadObjectId],
      );
      assert.match(filed?.requestId ?? '', /^REQ-\d{8}-[0-9A-F]{6}$/);
      for (const press of [first, again]) {
        assert.ok(press.update);
        assert.ok(JSON.stringify(cardOf(press.update.activity)).includes(filed.requestId));
      }
      assert.equal((await auditEvents(test, 'technical.request', GOLD_TENANT)).length, 1);
    });

    it('refuses a request form for on-premises incidents', async () => {
      await importCompany(goldNonCloud);
      const press = await submit('adele', request(ON_PREMISES), { tenantId: GOLD_TENANT });
      assert.equal(press.text, en('refusals.technicalNoRequestForm', { benefit: `Benefit ${ON_PREMISES}` }));
      assert.deepEqual(await storedDocumentsOfType(test, 'request', GOLD_TENANT), []);
    });

    it('refuses a request without a topic or with an oversized description', async () => {
      await importCompany(goldNonCloud);
      for (const value of [
        { ...request(), [`topic@${ADVISORY}`]: '  ' },
        { ...request(), [`description@${ADVISORY}`]: 'x'.repeat(2001) },
      ]) {
        assert.equal((await submit('adele', value, { tenantId: GOLD_TENANT })).text, en('refusals.invalidInput'));
      }
      assert.deepEqual(await storedDocumentsOfType(test, 'request', GOLD_TENANT), []);
    });
  });
});

describe('the technical dialog on real services over an embedded store', () => {
  let real: DialogServices;
  let client: (user: DemoUser, locale?: string) => DialogTestClient;
  before(async () => {
    real = await openDialogServices('technical-dialog');
    client = () => new DialogTestClient('msteams', new TechnicalDialog(real.services), undefined, [real.resolvingCaller]);
  });
  after(async () => {
    await real.store.close();
  });

  const message = (user: DemoUser, locale: string) => ({
    type: 'message',
    text: 'technical',
    locale,
    from: { id: `29:${DEMO_USERS[user].aadObjectId}`, name: DEMO_USERS[user].name, aadObjectId: DEMO_USERS[user].aadObjectId },
    conversation: { id: `dialog-${user}`, conversationType: 'personal', tenantId: DEMO_TENANT_ID, isGroup: false, name: '' },
  });

  it('answers a German partner admin with the card in German and ends', async () => {
    const de = translatorFor('de');
    const dialog = client('megan');
    const reply = await dialog.sendActivity(message('megan', 'de-DE'));
    const card = cardOf(reply);
    assert.equal((card.body as Json[])[0]?.text, de('technical.title', { company: 'Contoso Cloud Partners' }));
    assert.equal(entitlementOf(card).get(de('technical.entitlement.onPremises')), de('technical.entitlement.incidents', { number: 15 }));
    assert.deepEqual(actionsFor(card, ON_PREMISES), ['technical.activate']);
    assert.equal(dialog.dialogTurnResult.status, DialogTurnStatus.complete);
  });

  it('tells a CSP-only account it is not authorized and ends', async () => {
    const dialog = client('diego');
    const reply = await dialog.sendActivity(message('diego', 'en-US'));
    assert.equal(reply?.text, en('refusals.cspOnly'));
    assert.equal(dialog.dialogTurnResult.status, DialogTurnStatus.complete);
  });
});
