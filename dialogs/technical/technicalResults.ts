import type { ActionDoneCardData } from '../../cards/actionDone/actionDone';
import type { Locale, Translate } from '../../bot/i18n';
import type { AssignmentResult } from '../../bot/services/benefitAssignments';
import type { HelpRequest, TechnicalChange } from '../../bot/services/technicalBenefits';
import { filedRequestCardData } from '../../cards/actionDone/filingGuide';
import { formatDate } from '../../cards/shared/formatting';
import { escapeMarkdown } from '../../bot/i18n/markdown';

/** What replaces the technical card once one of its actions is done. */
export function activationRequestedResult({ benefit }: TechnicalChange, t: Translate, locale: Locale): ActionDoneCardData {
  return {
    title: t('technical.activated.title', { benefit: benefit.name }),
    text: t('technical.activated.text'),
    facts: [
      { label: t('technical.facts.status'), value: t(`technical.status.${benefit.status}`) },
      ...(benefit.activationDate
        ? [{ label: t('technical.facts.activationRequested'), value: formatDate(benefit.activationDate, locale) }]
        : []),
    ],
  };
}

export function idsRecordedResult({ benefit }: TechnicalChange, t: Translate): ActionDoneCardData {
  return {
    title: t('technical.idsRecorded.title', { benefit: benefit.name }),
    text: t('technical.idsRecorded.text'),
    facts: [
      { label: t('technical.facts.status'), value: t(`technical.status.${benefit.status}`) },
      { label: t('technical.facts.accessId'), value: escapeMarkdown(benefit.accessId ?? '') },
      { label: t('technical.facts.contractId'), value: escapeMarkdown(benefit.contractId ?? '') },
    ],
  };
}

export function assignedResult({ benefit, assignment, assignee }: AssignmentResult, t: Translate, locale: Locale): ActionDoneCardData {
  const email = assignment.alternateEmail ?? '';
  return {
    title: t('technical.assigned.title', { benefit: benefit.name }),
    text: t('technical.assigned.text', { email }),
    facts: [
      { label: t('technical.resultFacts.person'), value: escapeMarkdown(assignee.displayName) },
      { label: t('technical.resultFacts.alternateEmail'), value: escapeMarkdown(email) },
      { label: t('technical.resultFacts.assignedOn'), value: formatDate(assignment.assignedAt, locale) },
    ],
  };
}

export function helpRequestedResult({ request, benefitName }: HelpRequest, t: Translate, locale: Locale): ActionDoneCardData {
  const [topic = ''] = request.reason.split('\n');
  return filedRequestCardData(request, t('technical.requested.title', { requestId: request.requestId }), [
    { label: t('technical.resultFacts.requestId'), value: request.requestId },
    { label: t('technical.resultFacts.benefit'), value: escapeMarkdown(benefitName) },
    { label: t('technical.resultFacts.topic'), value: escapeMarkdown(topic) },
    { label: t('technical.resultFacts.filedOn'), value: formatDate(request.createdAt, locale) },
  ], t);
}
