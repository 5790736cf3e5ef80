import type { ActionDoneCardData } from '../actionDone/actionDone';
import type { CancellationCardData } from './cancellation';
import type { Locale, Translate } from '../../bot/i18n';
import { ACTION_PACK_TARGET } from '../../bot/domain/request';
import type {
  CancellationAssessment,
  CancellationTarget,
  FiledCancellation,
  RefundVerdict,
} from '../../bot/services/cancellations';
import { filedRequestCardData } from '../actionDone/filingGuide';
import { formatDate, formatList } from '../shared/formatting';
import { escapeMarkdown } from '../../bot/i18n/markdown';

export function targetIdOf(target: CancellationTarget): string {
  return target.kind === 'actionPack' ? ACTION_PACK_TARGET : target.benefit.benefitId;
}

export function targetNameOf(target: CancellationTarget, t: Translate): string {
  return target.kind === 'actionPack' ? t('cancellation.actionPack') : target.benefit.name;
}

/** The confirmation: the refund verdict with its dates, and the button that files what the verdict allows. */
export function cancellationCardData(
  assessment: CancellationAssessment,
  reason: string,
  t: Translate,
  locale: Locale,
  error = '',
): CancellationCardData {
  const { target, verdict } = assessment;
  const name = targetNameOf(target, t);
  const facts = [{ label: t('cancellation.confirm.reason'), value: escapeMarkdown(reason) }];
  if (verdict.purchaseDate) facts.push({ label: t('cancellation.confirm.purchased'), value: formatDate(verdict.purchaseDate, locale) });
  if (verdict.eligible && verdict.deadline) {
    facts.push({ label: t('cancellation.confirm.refundUntil'), value: formatDate(verdict.deadline, locale) });
  }
  return {
    title: t('cancellation.confirm.title', { target: name }),
    error,
    facts,
    verdict: verdictText(verdict, name, t, locale),
    refund: verdict.eligible,
    insist: verdict.eligible ? '' : t('cancellation.confirm.insist'),
    note: target.kind === 'actionPack' ? t('cancellation.confirm.actionPackNote') : '',
    button: verdict.eligible ? t('cancellation.confirm.fileButton') : t('cancellation.confirm.fileWithoutRefundButton'),
    target: targetIdOf(target),
    reason,
  };
}

/** Every rule that fails, each with why. */
function verdictText(verdict: RefundVerdict, target: string, t: Translate, locale: Locale): string {
  const dates = {
    target,
    purchaseDate: verdict.purchaseDate ? formatDate(verdict.purchaseDate, locale) : '',
    deadline: verdict.deadline ? formatDate(verdict.deadline, locale) : '',
  };
  if (verdict.eligible) return t('cancellation.confirm.eligible', dates);
  return verdict.failures
    .map((failure) =>
      failure === 'softwareActivated'
        ? t('cancellation.confirm.softwareActivated', { software: formatList(verdict.activatedSoftware, t) })
        : t(`cancellation.confirm.${failure}`, dates),
    )
    .join('\n\n');
}

/** What replaces the confirmation once the request is filed. */
export function cancellationFiledCardData(filed: FiledCancellation, t: Translate, locale: Locale): ActionDoneCardData {
  const { request } = filed;
  const name = filed.benefitName ?? t('cancellation.actionPack');
  return filedRequestCardData(request, t('cancellation.filed.title', { requestId: request.requestId }), [
    { label: t('cancellation.facts.requestId'), value: request.requestId },
    { label: t('cancellation.facts.target'), value: filed.benefitName !== undefined ? escapeMarkdown(filed.benefitName) : name },
    { label: t('cancellation.facts.status'), value: t(`requests.statuses.${request.status}`) },
    { label: t('cancellation.facts.category'), value: t(`requests.categories.${request.category}`, { defaultValue: request.category }) },
    {
      label: t('cancellation.facts.refund'),
      value: request.refundEligible ? t('cancellation.facts.refundRequested') : t('cancellation.facts.noRefund'),
    },
    { label: t('requests.facts.filedOn'), value: formatDate(request.createdAt, locale) },
  ], t);
}
