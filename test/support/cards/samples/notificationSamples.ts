import type { BenefitDoc } from '../../../../bot/domain/documents';
import type { Locale, Translate } from '../../../../bot/i18n';
import { notificationCardData } from '../../../../cards/notification/notificationCardData';
import type { NotificationCardData } from '../../../../cards/notification/notification';
import { demoCompany } from './demoCompany';

type GoToMarketDoc = Extract<BenefitDoc, { category: 'goToMarket' }>;
type TechnicalDoc = Extract<BenefitDoc, { category: 'technical' }>;

/** One notification of every kind, about the demo company's benefits, as the dispatcher delivers it. */
export function notificationSamples(t: Translate, locale: Locale): Record<string, NotificationCardData> {
  const company = demoCompany();
  const offer = company.benefits.find((benefit): benefit is GoToMarketDoc => benefit.category === 'goToMarket');
  const technical = company.benefits.find((benefit): benefit is TechnicalDoc => benefit.category === 'technical' && !!benefit.accessId);
  const expiring = company.benefits.find((benefit) => benefit.expiryDate !== undefined && benefit.category === 'visualStudio');
  if (!offer || !technical || !expiring?.expiryDate) {
    throw new Error('examples/demo-tenant.json lacks an offer, an activated technical benefit or an expiring subscription for the card samples');
  }
  const card = (event: string, payload: Record<string, string | number | boolean | string[]>) =>
    notificationCardData({ event, payload }, t, locale);
  return {
    'offer-active': card('offerActive', {
      benefitId: offer.benefitId,
      benefit: offer.name,
      offerTypes: offer.offerTypes,
      activationDate: '2026-11-21',
      expiryDate: '2027-11-20',
    }),
    'technical-active': card('technicalActive', {
      benefitId: technical.benefitId,
      benefit: technical.name,
      accessId: technical.accessId ?? '',
      contractId: technical.contractId ?? '',
      activationDate: technical.activationDate ?? '2026-11-21',
    }),
    'expires-in-7-days': card('expiry', {
      benefitId: expiring.benefitId,
      benefit: expiring.name,
      category: expiring.category,
      expiryDate: expiring.expiryDate,
      daysLeft: 7,
      stage: '7d',
    }),
    expired: card('expiry', {
      benefitId: offer.benefitId,
      benefit: offer.name,
      category: offer.category,
      expiryDate: '2026-11-20',
      daysLeft: -1,
      stage: 'expired',
    }),
    'action-pack-renewal': card('actionPackRenewal', { renewalDate: '2027-01-15', autoRenew: true, daysLeft: 30, stage: '30d' }),
    'action-pack-renewal-manual': card('actionPackRenewal', { renewalDate: '2027-01-15', autoRenew: false, daysLeft: 7, stage: '7d' }),
    'request-resolved': card('requestStatus', {
      requestId: 'REQ-20261121-3F9A1C',
      requestKind: 'cancellation',
      status: 'resolved',
    }),
  };
}
