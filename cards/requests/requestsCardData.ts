import type { RequestsCardData } from './requests';
import { ACTION_PACK_CANCELLATION_CATEGORY, RequestStatus } from '../../bot/domain/request';
import type { Locale, Translate } from '../../bot/i18n';
import type { RequestSummary } from '../../bot/services/requests';
import { formatDate } from '../shared/formatting';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import { linkTo } from '../shared/links';

/** Keeps the card far below Teams' size limit; older requests stay in the store. */
export const MAX_LISTED_REQUESTS = 10;

/** What the last update on the card did, or why it did nothing. */
export interface RequestsCardStatus {
  notice?: string;
  error?: string;
}

/** The newest requests, each with the statuses it can move to. */
export function requestsCardData(
  summaries: readonly RequestSummary[],
  t: Translate,
  locale: Locale,
  status: RequestsCardStatus = {},
): RequestsCardData {
  const listed = summaries.slice(0, MAX_LISTED_REQUESTS);
  return {
    links: [linkTo('partnerCenterServiceRequests', t)],
    title: t('requests.title'),
    notice: status.notice ?? '',
    error: status.error ?? '',
    summary:
      summaries.length === 0
        ? t('requests.none')
        : summaries.length > listed.length
          ? t('requests.shown', { shown: listed.length, total: summaries.length })
          : '',
    labels: {
      changeStatus: t('requests.changeStatus'),
      statusLabel: t('requests.statusLabel'),
      statusError: t('requests.statusError'),
      updateButton: t('requests.updateButton'),
      recordTicket: t('requests.recordTicket'),
      ticketLabel: t('requests.ticketLabel'),
      ticketError: t('requests.ticketError'),
      ticketButton: t('requests.ticketButton'),
    },
    requests: listed.map(({ request, benefitName, filedBy }) => ({
      requestId: request.requestId,
      statusInputId: statusInputIdOf(request.requestId),
      ticketInputId: ticketInputIdOf(request.requestId),
      ticketNumber: request.microsoftTicket?.number ?? '',
      heading: t('requests.heading', { requestId: request.requestId, kind: t(`requests.kinds.${request.kind}`) }),
      facts: [
        { label: t('requests.facts.about'), value: benefitName !== undefined ? escapeMarkdown(benefitName) : aboutWithoutBenefit(request.category, t) },
        { label: t('requests.facts.category'), value: categoryName(request.category, t) },
        { label: t('requests.facts.status'), value: statusName(request.status, t) },
        { label: t('requests.facts.microsoftTicket'), value: request.microsoftTicket?.number ?? t('requests.noTicket') },
        { label: t('requests.facts.filedOn'), value: formatDate(request.createdAt, locale) },
        { label: t('requests.facts.filedBy'), value: escapeMarkdown(filedBy) },
        { label: t('requests.facts.reason'), value: escapeMarkdown(request.reason) },
      ],
      statuses: RequestStatus.options
        .filter((status) => status !== request.status)
        .map((status) => ({ title: statusName(status, t), value: status })),
    })),
  };
}

export function statusInputIdOf(requestId: string): string {
  return `status.${requestId}`;
}

export function ticketInputIdOf(requestId: string): string {
  return `ticket.${requestId}`;
}

export function statusName(status: RequestStatus, t: Translate): string {
  return t(`requests.statuses.${status}`);
}

function categoryName(category: string, t: Translate): string {
  return t(`requests.categories.${category}`, { defaultValue: category });
}

/** A request about no single benefit: the Action Pack's cancellation, or the company as a whole. */
function aboutWithoutBenefit(category: string, t: Translate): string {
  return category === ACTION_PACK_CANCELLATION_CATEGORY ? t('cancellation.actionPack') : t('requests.aboutCompany');
}
