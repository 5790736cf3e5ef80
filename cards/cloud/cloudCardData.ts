import type { CloudBenefitCardData } from './cloudBenefit';
import type { CloudKeysCardData } from './cloudKeys';
import { checkAssignment } from '../../bot/domain/assignmentRules';
import type { UserDoc } from '../../bot/domain/documents';
import type { Locale, Translate } from '../../bot/i18n';
import type { CloudBenefitView, RevealedCloudKeys } from '../../bot/services/cloudActivation';
import { formatDate } from '../shared/formatting';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import { linkTo } from '../shared/links';
import { revealedKeysData } from '../shared/revealedKeys';

export interface CloudCardView {
  view: CloudBenefitView;
  /** The caller's roster entry, if any. */
  caller: UserDoc | undefined;
  /** Why this caller may not activate for themselves (the refusal's text); undefined when they may. */
  activationRefusal?: string;
  /** Why this caller gets no keys here (the refusal's text); undefined when they would. */
  keyRefusal?: string;
  /** Why the last press on the card did nothing; undefined otherwise, and not repeated when the card's note says it. */
  error?: string;
}

export function cloudBenefitCardData(card: CloudCardView, t: Translate, locale: Locale): CloudBenefitCardData {
  const { benefit, activatedFor } = card.view;
  const usageBased = benefit.billing === 'usageBased';
  const facts = [{ label: t('cloud.facts.status'), value: t(`cloud.status.${benefit.status}`) }];
  if (usageBased) {
    facts.push({ label: t('cloud.facts.subscriptions'), value: t('cloud.seats', { used: activatedFor.length, total: benefit.quantity }) });
    for (const holder of activatedFor) facts.push({ label: escapeMarkdown(holder.name), value: t('cloud.since', { since: formatDate(holder.since, locale) }) });
  }
  if (benefit.expiryDate) facts.push({ label: t('cloud.facts.expires'), value: formatDate(benefit.expiryDate, locale) });

  const activation = usageBased ? activationState(card, t, locale) : { visible: false, note: '' };
  const mayGetKeys = !usageBased && card.keyRefusal === undefined;
  return {
    links: usageBased ? [linkTo('azurePortal', t)] : [],
    benefitId: benefit.benefitId,
    title: escapeMarkdown(benefit.name),
    error: card.error === card.keyRefusal || card.error === card.activationRefusal ? '' : (card.error ?? ''),
    kind: t(usageBased ? 'cloud.usageBased' : 'cloud.licenseBased'),
    facts,
    activate: { visible: activation.visible, button: t('cloud.activateButton') },
    getKeys: { visible: mayGetKeys, button: t('cloud.getKeysButton') },
    note: usageBased ? activation.note : (card.keyRefusal ?? t('cloud.getKeysNote')),
  };
}

function activationState(card: CloudCardView, t: Translate, locale: Locale): { visible: boolean; note: string } {
  const { benefit, activatedFor } = card.view;
  if (card.activationRefusal !== undefined || !card.caller) return { visible: false, note: card.activationRefusal ?? '' };
  const check = checkAssignment(benefit, card.caller.aadObjectId, benefit.assignments, [card.caller]);
  if (check === 'ok') return { visible: true, note: t('cloud.activateNote') };
  if (check === 'alreadyAssigned') {
    const since = activatedFor.find((holder) => holder.aadObjectId === card.caller!.aadObjectId)!.since;
    return { visible: false, note: t('cloud.alreadyYours', { since: formatDate(since, locale) }) };
  }
  return { visible: false, note: t(check === 'noneLeft' ? 'cloud.allActivated' : 'cloud.notActivatable') };
}

export function cloudKeysCardData(revealed: RevealedCloudKeys, t: Translate): CloudKeysCardData {
  return {
    title: t('cloud.keysTitle', { benefit: revealed.benefitName }),
    ...revealedKeysData('cloud', revealed.keys, revealed.activationInstructions, t),
  };
}
