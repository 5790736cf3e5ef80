import { strict as assert } from 'node:assert';
import type { CardAttachment } from '../../../cards/shared/renderCard';
import { translatorFor } from '../../../bot/i18n';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../../bot/store/notificationSettingsStore';
import { BENEFIT_CANCELLATION_CATEGORY } from '../../../bot/services/cancellations';
import { technicalOverviewOf } from '../../../bot/services/technicalBenefits';
import { cancellationCard } from '../../../cards/cancellation/cancellation';
import { marketingContactConfirmCard } from '../../../cards/marketingContact/marketingContactConfirm';
import { notificationCard } from '../../../cards/notification/notification';
import { notificationSettingsCard } from '../../../cards/notificationSettings/notificationSettings';
import { requestsCard } from '../../../cards/requests/requests';
import { demoCompany } from '../../support/cards/samples/demoCompany';
import { technicalBenefit } from '../../support/technicalBenefit';
import { technicalCard } from '../../../cards/technical/technical';
import { cancellationCardData } from '../../../cards/cancellation/cancellationCardData';
import { marketingContactConfirmData } from '../../../cards/marketingContact/marketingContactCardData';
import { notificationCardData } from '../../../cards/notification/notificationCardData';
import { notificationSettingsCardData } from '../../../cards/notificationSettings/notificationSettingsCardData';
import { requestsCardData } from '../../../cards/requests/requestsCardData';
import { technicalCardData } from '../../../cards/technical/technicalCardData';
import { executeActionsOf } from '../../support/cards';
import { markdownToHtml } from '../../support/markdown';

const en = translatorFor('en');
const PHISHING = '[Verify your login](https://evil.example/login)';
const BOSS = '**Boss**';

const company = demoCompany();
const admin = company.withRole('globalAdmin');
const boss = { ...company.find('an employee', (user) => user.roles.length === 0 && user.accountType === 'mpn'), displayName: BOSS };
const software = company.benefits.find((benefit) => benefit.category === 'software')!;

/** What Teams shows of a card as Markdown: TextBlock texts, fact titles and values, each rendered. */
function shownOn(card: CardAttachment): string[] {
  const shown: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'TextBlock' && typeof element.text === 'string') shown.push(markdownToHtml(element.text));
      if (element.type === 'FactSet') {
        for (const fact of element.facts as { title: string; value: string }[]) shown.push(markdownToHtml(fact.title), markdownToHtml(fact.value));
      }
      Object.values(element).forEach(visit);
    }
  };
  visit(card.content);
  return shown;
}

/** The typed text is on the card, as typed: not a link, not bold. */
function assertShownAsTyped(card: CardAttachment, ...typed: string[]): void {
  const shown = shownOn(card);
  for (const text of typed) assert.ok(shown.some((html) => html.includes(text)), `${text} is not shown as typed in ${shown.join('')}`);
  for (const html of shown) {
    assert.doesNotMatch(html, /<a\b/, html);
    assert.doesNotMatch(html, /<strong>Boss<\/strong>/, html);
  }
}

describe('text people entered, on the admins’ cards', () => {
  it('shows a request’s reason and who filed it as typed in the requests list', () => {
    const request = {
      id: 'request:REQ-1',
      tenantId: company.tenant.tenantId,
      type: 'request' as const,
      _etag: 'etag',
      requestId: 'REQ-1',
      kind: 'cancellation' as const,
      status: 'open' as const,
      category: BENEFIT_CANCELLATION_CATEGORY,
      benefitId: software.benefitId,
      reason: PHISHING,
      createdAt: '2026-02-01T09:30:00Z',
      createdBy: boss.aadObjectId,
      refundEligible: false,
    };
    assertShownAsTyped(requestsCard(requestsCardData([{ request, benefitName: software.name, filedBy: BOSS }], en, 'en')), PHISHING, BOSS);
  });

  it('shows the reason as typed on the cancellation confirmation, and files it unchanged', () => {
    const assessment = {
      target: { kind: 'benefit' as const, benefit: software },
      verdict: { eligible: true, failures: [], purchaseDate: '2026-01-15', deadline: '2026-02-14', activatedSoftware: [] },
    };
    const card = cancellationCard(cancellationCardData(assessment, PHISHING, en, 'en'));
    assertShownAsTyped(card, PHISHING);
    assert.equal(executeActionsOf(card.content)[0]?.data.reason, PHISHING);
  });

  it('shows assignees’ names and support IDs as entered on the technical card', () => {
    const benefit = technicalBenefit(company.tenant.tenantId, {
      quantity: 2,
      status: 'active',
      accessId: PHISHING,
      contractId: 'C-1',
      assignments: [{ benefitId: 't', assignee: boss.aadObjectId, assignedAt: '2026-01-10T00:00:00Z', assignedBy: admin.aadObjectId }],
    });
    const users = company.users.map((user) => (user.aadObjectId === boss.aadObjectId ? boss : user));
    const card = technicalCard(technicalCardData(technicalOverviewOf({ tenant: company.tenant, user: admin }, [benefit], users), en, 'en'));
    assertShownAsTyped(card, PHISHING, BOSS);
  });

  it('shows the marketing contact’s name, email and phone as entered on the summary', () => {
    const checked = { aadObjectId: boss.aadObjectId, email: '[mail](https://evil.example)', phoneE164: '+4930123456', preferredLanguage: 'de', person: boss };
    const card = marketingContactConfirmCard(marketingContactConfirmData({ checked, replacing: BOSS }, en, 'en'));
    assertShownAsTyped(card, BOSS, '[mail](https://evil.example)');
    assert.ok(shownOn(card).some((html) => html.includes('+4930123456')));
  });

  it('shows names, reasons and IDs as entered on the notification cards', () => {
    const settings = notificationSettingsCardData(
      {
        settings: DEFAULT_NOTIFICATION_SETTINGS,
        report: { pending: 0, sent: 0, failed: 1, failures: [{ event: 'expiry', recipient: boss.aadObjectId, recipientName: BOSS, reason: PHISHING }] },
      },
      en,
    );
    assertShownAsTyped(notificationSettingsCard(settings), BOSS, PHISHING);
    const technicalActive = notificationCardData({ event: 'technicalActive', payload: { benefit: BOSS, accessId: PHISHING, contractId: 'C-1' } }, en, 'en');
    assertShownAsTyped(notificationCard(technicalActive), BOSS, PHISHING);
  });
});
