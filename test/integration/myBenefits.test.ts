import { strict as assert } from 'node:assert';
import { translatorFor } from '../../bot/i18n';
import { importTenant, parseImportFile } from '../../bot/services/importTenant';
import { TenantDocuments } from '../../bot/store/tenantDocuments';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { cardOf } from '../support/cards';
import { DEMO_USERS, demoFileJson, type DemoUser } from '../support/demo';

const en = translatorFor('en');
const de = translatorFor('de');
const zh = translatorFor('zh-CN');

interface DemoBenefit {
  benefitId: string;
  name: string;
  accessId?: string;
  contractId?: string;
}
const demo = demoFileJson() as unknown as {
  benefits: DemoBenefit[];
  assignments: { benefitId: string; assignee: string; alternateEmail?: string }[];
};
const demoBenefit = (benefitId: string) => demo.benefits.find((benefit) => benefit.benefitId === benefitId)!;
const SUPPORT = demoBenefit('technical-signature-cloud-support');
const VISUAL_STUDIO = demoBenefit('vs-professional');

/** A company whose support is assigned but still being activated: its IDs exist, yet nobody may see them yet. */
const PENDING = {
  tenantId: '00000000-0000-0000-0000-00000000f001',
  engineer: { aadObjectId: '00000000-0000-0000-0000-00000000f021', name: 'Johanna Lorenz' },
  colleague: { aadObjectId: '00000000-0000-0000-0000-00000000f022', name: 'Grady Archie' },
};
const pendingCompany = {
  version: 1,
  tenant: {
    tenantId: PENDING.tenantId,
    companyName: 'Northwind Support Partners',
    partnerCenterAccountEmail: 'partnercenter@northwind-support.example',
    defaultLocale: 'en',
    membership: { networkMember: true, competencies: [{ name: 'Cloud Platform', level: 'gold', cloud: true }] },
  },
  users: [
    { aadObjectId: PENDING.engineer.aadObjectId, displayName: PENDING.engineer.name, email: 'johanna@northwind-support.example', roles: ['globalAdmin'] },
    { aadObjectId: PENDING.colleague.aadObjectId, displayName: PENDING.colleague.name, email: 'grady@northwind-support.example', roles: [] },
  ],
  benefits: [
    {
      benefitId: 'signature-pending',
      category: 'technical',
      name: 'Signature Cloud Support',
      quantity: 1,
      status: 'activationPending',
      purchaseDate: '2026-10-01',
      kind: 'signatureCloudSupport',
      accessId: 'PENDING-ACCESS-0001',
      contractId: 'PENDING-CONTRACT-0001',
    },
  ],
  assignments: [
    {
      benefitId: 'signature-pending',
      assignee: PENDING.engineer.aadObjectId,
      assignedAt: '2026-10-02T09:00:00Z',
      assignedBy: PENDING.engineer.aadObjectId,
      alternateEmail: 'johanna.support@northwind-support.example',
    },
  ],
};

describe('"what\'s assigned to me" through /api/messages', () => {
  const test = appPerTest();
  let conversation = 0;

  const post = async (text: string, options: { user?: DemoUser; locale?: string; tenantId?: string }, extra = {}) => {
    const conversationId = `conv-mine-${++conversation}`;
    const response = await test.post(teamsMessage(text, { ...options, serviceUrl: test.capture.url, conversationId }, extra));
    assert.equal(response.status, 200);
    return (await test.capture.waitFor(1, conversationId))[0];
  };
  const ask = (user: DemoUser, text = "what's assigned to me", locale = 'en-US') => post(text, { user, locale });
  const askAs = (person: { aadObjectId: string; name: string }) =>
    post('my benefits', { tenantId: PENDING.tenantId }, { from: { id: `29:${person.aadObjectId}`, ...person } });

  it('shows Lee his Visual Studio subscription with the day it was assigned, and nobody else’s', async () => {
    const text = JSON.stringify(cardOf(await ask('lee')));
    assert.ok(text.includes(en('myBenefits.intro', { name: DEMO_USERS.lee.name, company: 'Contoso Cloud Partners' })));
    assert.ok(text.includes(VISUAL_STUDIO.name));
    assert.ok(text.includes(en('myBenefits.assignedOn')));
    assert.ok(text.includes('February 2, 2026'), 'the day it was assigned to Lee');
    assert.ok(!text.includes('November 10, 2026'), 'the day it was assigned to Megan is hers');
  });

  it('shows Megan her Signature Cloud Support with its Access ID and Contract ID, since it is active', async () => {
    const text = JSON.stringify(cardOf(await ask('megan')));
    assert.ok(text.includes(SUPPORT.name));
    assert.ok(text.includes(SUPPORT.accessId!) && text.includes(SUPPORT.contractId!));
    const alternateEmail = demo.assignments.find((a) => a.benefitId === SUPPORT.benefitId)!.alternateEmail!;
    assert.ok(text.includes(alternateEmail), 'where her support instructions go');
    assert.ok(text.includes(VISUAL_STUDIO.name), 'her Visual Studio subscription too');
  });

  it('tells Adele, who holds nothing yet, kindly and whom to ask, and shows her the company’s support IDs', async () => {
    const card = cardOf(await ask('adele'));
    const text = JSON.stringify(card);
    assert.ok(text.includes(en('myBenefits.nothingYet', { name: DEMO_USERS.adele.name, admins: DEMO_USERS.alex.name })));
    assert.ok(!text.includes(VISUAL_STUDIO.name));
    assert.ok(text.includes(en('myBenefits.companySupportHeading')));
    assert.ok(text.includes(SUPPORT.accessId!) && text.includes(SUPPORT.contractId!), 'activated support IDs are shown to every user');
  });

  it('answers in German and Chinese when asked in those languages', async () => {
    const german = JSON.stringify(cardOf(await ask('megan', 'was ist mir zugewiesen', 'de-DE')));
    assert.ok(german.includes(de('myBenefits.title')));
    assert.ok(german.includes(de('benefits.facts.accessId')));
    assert.ok(german.includes('10. Februar 2026'));
    const chinese = JSON.stringify(cardOf(await ask('lee', '分配给我的', 'zh-CN')));
    assert.ok(chinese.includes(zh('myBenefits.title')));
    assert.ok(chinese.includes('2026年2月2日'));
  });

  it('keeps the Access ID and Contract ID to itself until the support is activated', async () => {
    await importTenant(new TenantDocuments(test.app.store.domain), parseImportFile(pendingCompany), 'test');
    const own = JSON.stringify(cardOf(await askAs(PENDING.engineer)));
    assert.ok(own.includes('Signature Cloud Support'));
    assert.ok(own.includes(en('benefits.status.activationPending')));
    assert.ok(!own.includes('PENDING-ACCESS-0001') && !own.includes('PENDING-CONTRACT-0001'));
    const colleague = JSON.stringify(cardOf(await askAs(PENDING.colleague)));
    assert.ok(!colleague.includes('PENDING-ACCESS-0001'));
    assert.ok(!colleague.includes(en('myBenefits.companySupportHeading')));
  });

  it('tells a CSP-only account it is not authorized, and a stranger to ask the Global admin', async () => {
    const csp = await ask('diego');
    assert.equal(csp.text, en('refusals.cspOnly'));
    assert.match(String(csp.text), /You are not authorized for this action/);
    assert.equal((await ask('stranger')).text, en('refusals.notInRoster', { holders: DEMO_USERS.alex.name }));
  });
});
