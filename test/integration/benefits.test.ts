import { strict as assert } from 'node:assert';
import { translatorFor } from '../../bot/i18n';
import { importTenant, parseImportFile } from '../../bot/services/importTenant';
import { TenantDocuments } from '../../bot/store/tenantDocuments';
import { COMMANDS } from '../../bot/domain/commands';
import { teamsMessage, type ActivityOptions } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard } from '../support/cardPress';
import { cardOf, cardShows, executeActionsOf, submitActionsOf } from '../support/cards';
import { DEMO_USERS, demoFileJson, type DemoUser } from '../support/demo';

const en = translatorFor('en');
const de = translatorFor('de');

interface DemoBenefit {
  benefitId: string;
  category: string;
  name: string;
  quantity: number;
  status: string;
  keys?: string[];
  products?: { keys: string[] }[];
}

const demo = demoFileJson() as unknown as { benefits: DemoBenefit[]; assignments: { benefitId: string }[] };
const CATEGORIES = ['software', 'cloud', 'visualStudio', 'technical', 'goToMarket'];

/** A company whose every benefit has expired or was cancelled: Partner Center shows it no benefits at all. */
const LAPSED = {
  tenantId: '00000000-0000-0000-0000-00000000e001',
  admin: { aadObjectId: '00000000-0000-0000-0000-00000000e020', name: 'Isaiah Langer' },
};
const lapsedCompany = {
  version: 1,
  tenant: {
    tenantId: LAPSED.tenantId,
    companyName: 'Fabrikam Lapsed Partners',
    partnerCenterAccountEmail: 'partnercenter@fabrikam-lapsed.example',
    defaultLocale: 'en',
    membership: { networkMember: true, competencies: [] },
  },
  users: [
    {
      aadObjectId: LAPSED.admin.aadObjectId,
      displayName: LAPSED.admin.name,
      email: 'isaiah.langer@fabrikam-lapsed.example',
      roles: ['globalAdmin'],
      accountType: 'mpn',
    },
  ],
  benefits: [
    {
      benefitId: 'vs-old',
      category: 'visualStudio',
      name: 'Visual Studio Professional subscription',
      quantity: 3,
      status: 'expired',
      purchaseDate: '2024-01-10',
      expiryDate: '2025-01-09',
      edition: 'Professional',
    },
    {
      benefitId: 'azure-old',
      category: 'cloud',
      name: 'Azure subscription',
      quantity: 1,
      status: 'cancelled',
      purchaseDate: '2025-03-01',
      billing: 'usageBased',
    },
  ],
};

describe('the benefits inventory through /api/messages', () => {
  const test = appPerTest();
  let conversation = 0;

  const send = async (text: string, options: Omit<ActivityOptions, 'serviceUrl'>, extra: Record<string, unknown> = {}) => {
    const conversationId = `conv-benefits-${++conversation}`;
    const response = await test.post(teamsMessage(text, { ...options, serviceUrl: test.capture.url, conversationId }, extra));
    assert.equal(response.status, 200);
    const replies = await test.capture.waitFor(1, conversationId);
    return { reply: replies[0], received: () => test.capture.received.filter((entry) => entry.conversationId === conversationId) };
  };
  const ask = async (text: string, user: DemoUser = 'alex', locale = 'en-US') => (await send(text, { user, locale })).reply;
  /** Presses a card button: a message with the button's data, replying to the card. */
  const press = (value: Record<string, unknown>, user: DemoUser = 'alex') =>
    send('', { user }, { text: undefined, value, replyToId: 'summary-card-1' });
  const asLapsedAdmin = (extra: Record<string, unknown>) =>
    send('', { tenantId: LAPSED.tenantId }, { from: { id: `29:${LAPSED.admin.aadObjectId}`, ...LAPSED.admin }, ...extra });

  const detailsButtons = (card: unknown) => executeActionsOf(card).filter((action) => action.verb === 'benefits.category');
  const details = (data: Record<string, unknown>, user: DemoUser = 'alex') => executeCard(test, user, 'benefits.category', data);
  const commandButtons = (card: unknown) => submitActionsOf(card).filter((action) => typeof action.data.command === 'string');

  it('shows a Global admin one row per category, with what is used of what was bought and the next expiry', async () => {
    const card = cardOf(await ask('benefits'));
    const text = JSON.stringify(card);
    assert.ok(text.includes(en('benefits.summary.title')));
    assert.deepEqual(detailsButtons(card).map((action) => action.data.category), CATEGORIES);
    for (const category of CATEGORIES) assert.ok(text.includes(en(`benefits.category.${category}`)), category);

    const visualStudio = demo.benefits.filter((benefit) => benefit.category === 'visualStudio');
    const used = demo.assignments.filter((assignment) => visualStudio.some((b) => b.benefitId === assignment.benefitId)).length;
    const total = visualStudio.reduce((sum, benefit) => sum + benefit.quantity, 0);
    assert.ok(text.includes(en('benefits.usage.visualStudio', { used, total })), 'Visual Studio seats come from its assignments');
    assert.ok(text.includes(en('benefits.summary.nextExpiry', { date: 'January 14, 2027' })));
    assert.ok(text.includes(en('benefits.statusCount', { status: en('benefits.status.expired'), count: 1 })));
  });

  it('offers each category’s own conversation only where the bot has it, and that button starts it', async () => {
    const card = cardOf(await ask('benefits'));
    const flows = commandButtons(card).map((action) => action.data.command);
    assert.ok(flows.includes('visualStudio'));
    for (const command of flows) assert.ok(COMMANDS.some((known) => known.key === command), `${String(command)} is not a command`);

    const { reply } = await press({ command: 'visualStudio' });
    assert.ok(JSON.stringify(cardOf(reply)).includes('Visual Studio Professional subscription'));
  });

  it('shows an employee the same summary in German', async () => {
    const card = cardOf(await ask('vorteile', 'adele', 'de-DE'));
    const text = JSON.stringify(card);
    assert.ok(text.includes(de('benefits.summary.title')));
    assert.ok(text.includes(de('benefits.category.goToMarket')));
    assert.ok(text.includes(de('benefits.statusCount', { status: de('benefits.status.expired'), count: 1 })));
    assert.ok(cardShows(card, de('benefits.summary.nextExpiry', { date: '14. Januar 2027' })));
    assert.equal(detailsButtons(card).length, CATEGORIES.length);
  });

  it('answers Details with the category’s card in place of the summary: every benefit with its status and dates', async () => {
    const pressed = await details({ category: 'goToMarket' }, 'adele');
    const card = pressed.card();
    assert.deepEqual(pressed.replies(), [], 'the card comes in the invoke response, nothing is sent besides');
    const text = JSON.stringify(card);
    for (const benefit of demo.benefits.filter((candidate) => candidate.category === 'goToMarket')) {
      assert.ok(text.includes(benefit.name), benefit.name);
    }
    assert.ok(!text.includes('Windows 11 Enterprise'), 'other categories stay out');
    assert.ok(text.includes(en('benefits.status.expired')));
    assert.ok(text.includes('June 30, 2026'));
    assert.deepEqual(commandButtons(card).map((action) => action.data.command).slice(-1), ['benefits'], 'a button brings the summary back');
  });

  it('never shows a product key in the details', async () => {
    for (const category of ['software', 'cloud']) {
      const text = JSON.stringify((await details({ category })).card());
      const keys = demo.benefits
        .filter((benefit) => benefit.category === category)
        .flatMap((benefit) => [...(benefit.keys ?? []), ...(benefit.products ?? []).flatMap((product) => product.keys)]);
      assert.ok(keys.length > 0, `the demo company has ${category} keys to leave out`);
      for (const key of keys) assert.ok(!text.includes(key), `${category} details show ${key}`);
      assert.ok(text.includes(en('benefits.facts.used')));
    }
  });

  it('refuses an unknown category or a forged payload', async () => {
    for (const data of [{ category: 'keys' }, {}, { category: 'software', tenantId: 'another-company' }, { category: ['software'] }]) {
      const { response } = await details(data);
      assert.deepEqual([response.type, response.value], ['application/vnd.microsoft.activity.message', en('refusals.invalidInput')], JSON.stringify(data));
    }
  });

  it('tells a company with no active membership offers that it has no benefits yet', async () => {
    await importTenant(new TenantDocuments(test.app.store.domain), parseImportFile(lapsedCompany), 'test');
    const typed = await asLapsedAdmin({ text: 'benefits' });
    assert.equal(typed.reply.text, en('refusals.noBenefitsYet'));
    assert.match(String(typed.reply.text), /Looks like you don't have any benefits yet/);
    const pressed = await asLapsedAdmin({ text: undefined, value: { action: 'benefits.category', category: 'visualStudio' } });
    assert.equal(pressed.reply.text, en('refusals.noBenefitsYet'));
  });

  it('tells a CSP-only account it is not authorized, and a stranger to ask the Global admin', async () => {
    assert.match(String((await ask('benefits', 'diego')).text), /You are not authorized for this action/);
    assert.equal((await ask('benefits', 'stranger')).text, en('refusals.notInRoster', { holders: DEMO_USERS.alex.name }));
    const forged = await details({ category: 'technical' }, 'diego');
    assert.equal(forged.response.value, en('refusals.cspOnly'));
  });
});
