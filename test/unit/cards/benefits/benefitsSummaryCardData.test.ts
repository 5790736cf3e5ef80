import { strict as assert } from 'node:assert';
import type { BenefitDoc } from '../../../../bot/domain/documents';
import { translatorFor } from '../../../../bot/i18n';
import { benefitsSummaryCardData } from '../../../../cards/benefits/benefitsSummaryCardData';

const en = translatorFor('en');
const TENANT_ID = 'tenant-summary';

function visualStudio(benefitId: string, fields: Partial<BenefitDoc>, assignees: string[] = []): BenefitDoc {
  return {
    id: `benefit:${benefitId}`,
    tenantId: TENANT_ID,
    type: 'benefit',
    benefitId,
    category: 'visualStudio',
    name: benefitId,
    quantity: 3,
    status: 'active',
    edition: 'Professional',
    assignments: assignees.map((assignee) => ({ benefitId, assignee, assignedAt: '2026-02-02T09:30:00Z', assignedBy: 'admin' })),
    ...fields,
  } as BenefitDoc;
}

describe('cards/benefits/benefitsSummaryCardData', () => {
  const summary = (benefits: BenefitDoc[]) =>
    benefitsSummaryCardData({ companyName: 'Contoso', benefits, user: undefined }, en, 'en');
  const row = (benefits: BenefitDoc[]) => summary(benefits).rows.find((candidate) => candidate.category === 'visualStudio')!;

  it('lists the five categories in a fixed order, also those the company has nothing in', () => {
    const rows = summary([visualStudio('vs', {})]).rows;
    assert.deepEqual(rows.map((r) => r.category), ['software', 'cloud', 'visualStudio', 'technical', 'goToMarket']);
    const software = rows[0];
    assert.equal(software.statuses, en('benefits.summary.none'));
    assert.equal(software.details.visible, false, 'no details of nothing');
    assert.equal(software.usage, '');
  });

  it('counts used and total seats and the next expiry over live benefits only', () => {
    const benefits = [
      visualStudio('live', { quantity: 3, expiryDate: '2027-01-14' }, ['lee', 'megan']),
      visualStudio('pending', { quantity: 2, status: 'activationPending', expiryDate: '2027-03-01' }),
      visualStudio('lapsed', { quantity: 5, status: 'expired', expiryDate: '2026-01-14' }, ['alex']),
    ];
    const visualStudioRow = row(benefits);
    assert.equal(visualStudioRow.usage, en('benefits.usage.visualStudio', { used: 2, total: 5 }));
    assert.equal(visualStudioRow.expiry, en('benefits.summary.nextExpiry', { date: 'January 14, 2027' }));
    assert.equal(
      visualStudioRow.statuses,
      ['activationPending', 'active', 'expired'].map((status) => en('benefits.statusCount', { status: en(`benefits.status.${status}`), count: 1 })).join(en('roles.separator')),
    );
  });

  it('counts an offer by its status alone: an offer has no seats to be used', () => {
    const offer = { ...visualStudio('gtm', {}), category: 'goToMarket', offerTypes: ['Silver Core'] } as unknown as BenefitDoc;
    const goToMarket = summary([offer]).rows.find((candidate) => candidate.category === 'goToMarket')!;
    assert.equal(goToMarket.usage, '');
    assert.equal(goToMarket.statuses, en('benefits.statusCount', { status: en('benefits.status.active'), count: 1 }));
  });

  it('says when live benefits have no expiry date, and says nothing of quantities when none is live', () => {
    assert.equal(row([visualStudio('open-ended', {})]).expiry, en('benefits.summary.noExpiry'));
    const lapsed = row([visualStudio('lapsed', { status: 'cancelled', expiryDate: '2026-01-14' })]);
    assert.equal(lapsed.usage, '');
    assert.equal(lapsed.expiry, '');
    assert.equal(lapsed.details.visible, true);
  });

  it('offers a category’s conversation only to someone who may start it', () => {
    const benefits = [visualStudio('vs', {})];
    assert.equal(row(benefits).flow.visible, false, 'nobody outside the roster');
    const employee = { aadObjectId: 'adele', displayName: 'Adele', email: 'adele@contoso.example', roles: [], accountType: 'mpn' as const };
    const forEmployee = benefitsSummaryCardData({ companyName: 'Contoso', benefits, user: employee }, en, 'en');
    const flow = forEmployee.rows.find((candidate) => candidate.category === 'visualStudio')!.flow;
    assert.deepEqual(flow, { visible: true, title: en('benefits.summary.open.visualStudio'), command: 'visualStudio' });
  });

  it('labels every category’s button with what it opens, never a bare command word', () => {
    const admin = { aadObjectId: 'alex', displayName: 'Alex', email: 'alex@contoso.example', roles: ['globalAdmin' as const], accountType: 'mpn' as const };
    for (const locale of ['en', 'de', 'nl', 'zh-CN'] as const) {
      const t = translatorFor(locale);
      const card = benefitsSummaryCardData({ companyName: 'Contoso', benefits: [], user: admin }, t, locale);
      for (const { flow } of card.rows.filter((candidate) => candidate.flow.visible)) {
        assert.notEqual(flow.title, t(`commands.${flow.command}.name`), `${locale} ${flow.command}`);
        assert.match(flow.title, /^\p{Lu}|^\P{L}|^[\u4e00-\u9fff]/u, `${locale} ${flow.title} starts like a label`);
      }
    }
  });
});
