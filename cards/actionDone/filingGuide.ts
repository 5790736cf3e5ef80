import type { ActionDoneCardData } from './actionDone';
import type { ServiceRequest } from '../../bot/domain/request';
import type { Translate } from '../../bot/i18n';
import { linkTo } from '../shared/links';

type Guide = Pick<ActionDoneCardData, 'facts' | 'links'> & { text: string };

/**
 * A request recorded here is the company's own tracking: it reaches Microsoft only when an admin files it in Partner
 * Center. Says so, names what to choose there and the text to paste, and opens the page.
 */
export function filingGuide(request: Pick<ServiceRequest, 'requestId' | 'kind' | 'category' | 'reason'>, t: Translate): Guide {
  const technical = request.kind === 'presalesAdvisory';
  const problemType = technical
    ? t(`technical.kinds.${request.category}`, { defaultValue: request.category })
    : t(`requests.categories.${request.category}`, { defaultValue: request.category });
  return {
    text: t('filing.recordedHere'),
    facts: [
      { label: t('filing.where'), value: technical ? t('filing.whereTechnical', { kind: problemType }) : t('filing.whereSupport') },
      { label: t('filing.problemType'), value: problemType },
      { label: t('filing.textToPaste'), value: t('filing.pasteText', { reason: request.reason, requestId: request.requestId }) },
    ],
    links: [linkTo(technical ? 'partnerCenterAdvisoryHoursRequest' : 'partnerCenterServiceRequests', t)],
  };
}

/** What replaces a form once its request is recorded: the request's own facts, then how to file it with Microsoft. */
export function filedRequestCardData(
  request: Pick<ServiceRequest, 'requestId' | 'kind' | 'category' | 'reason'>,
  title: string,
  facts: ActionDoneCardData['facts'],
  t: Translate,
): ActionDoneCardData {
  const guide = filingGuide(request, t);
  return { title, text: guide.text, links: guide.links, facts: [...facts, ...guide.facts] };
}
