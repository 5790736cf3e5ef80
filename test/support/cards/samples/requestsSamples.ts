import type { Locale, Translate } from '../../../../bot/i18n';
import type { RequestSummary } from '../../../../bot/services/requests';
import { ACTION_PACK_CANCELLATION_CATEGORY } from '../../../../bot/domain/request';
import { BENEFIT_CANCELLATION_CATEGORY } from '../../../../bot/services/cancellations';
import { MAX_LISTED_REQUESTS, requestsCardData } from '../../../../cards/requests/requestsCardData';
import type { RequestsCardData } from '../../../../cards/requests/requests';
import { demoCompany } from './demoCompany';

/** An empty list, a short one right after an update, and the longest list the card shows. */
export function requestsSamples(t: Translate, locale: Locale): Record<string, RequestsCardData> {
  const company = demoCompany();
  const admin = company.withRole('globalAdmin');
  const software = company.benefits.find((benefit) => benefit.category === 'software')!;
  const summary = (index: number, actionPack: boolean): RequestSummary => ({
    request: {
      id: `request:REQ-20260201-00000${index}`,
      tenantId: company.tenant.tenantId,
      type: 'request',
      _etag: 'etag',
      requestId: `REQ-20260201-00000${index}`,
      kind: 'cancellation',
      status: index % 2 === 0 ? 'open' : 'inProgress',
      category: actionPack ? ACTION_PACK_CANCELLATION_CATEGORY : BENEFIT_CANCELLATION_CATEGORY,
      ...(actionPack ? {} : { benefitId: software.benefitId }),
      reason: t('cancellation.confirm.insist'),
      createdAt: '2026-02-01T09:30:00Z',
      createdBy: admin.aadObjectId,
      refundEligible: !actionPack,
    },
    benefitName: actionPack ? undefined : software.name,
    filedBy: admin.displayName,
  });
  const many = Array.from({ length: MAX_LISTED_REQUESTS + 2 }, (_, index) => summary(index, index % 3 === 0));
  return {
    empty: requestsCardData([], t, locale),
    'after-update': requestsCardData(
      [summary(1, true), summary(2, false)],
      t,
      locale,
      { notice: t('requests.updated', { requestId: 'REQ-20260201-000001', status: t('requests.statuses.inProgress') }) },
    ),
    'longest-list': requestsCardData(many, t, locale),
    'update-refused': requestsCardData([summary(1, true)], t, locale, { error: t('refusals.invalidInput') }),
  };
}
