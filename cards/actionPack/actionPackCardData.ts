import type { ActionPackCardData } from './actionPack';
import type { ActionPackTurnOffCardData } from './actionPackTurnOff';
import { todayUtc } from '../../bot/domain/dates';
import type { Locale, Translate } from '../../bot/i18n';
import type { ActionPackState } from '../../bot/services/actionPackSubscription';
import { formatDate, formatList } from '../shared/formatting';
import { linkTo } from '../shared/links';

/** What the last action on the card did, or why it did nothing, with the renewal date as sent. */
export interface ActionPackCardStatus {
  notice?: string;
  error?: string;
  renewal?: { value: unknown; problem: string };
}

/** Dates and automatic renewal; for an admin the switch that fits its state and the renewal form. */
export function actionPackCardData(
  state: ActionPackState,
  now: Date,
  t: Translate,
  locale: Locale,
  status: ActionPackCardStatus = {},
): ActionPackCardData {
  const { actionPack, renewalDate, turnOn, mayManage } = state;
  const date = (isoDate: string) => formatDate(isoDate, locale);
  const facts = [
    { label: t('actionPack.facts.purchased'), value: date(actionPack.purchaseDate) },
    ...(actionPack.lastRenewalDate ? [{ label: t('actionPack.facts.lastRenewal'), value: date(actionPack.lastRenewalDate) }] : []),
    { label: t('actionPack.facts.nextRenewal'), value: date(renewalDate) },
    {
      label: t('actionPack.facts.autoRenew'),
      value: actionPack.autoRenew
        ? t('actionPack.autoRenewOn')
        : t('actionPack.autoRenewOff', { since: date(actionPack.autoRenewOffSince ?? actionPack.purchaseDate) }),
    },
  ];
  return {
    links: [linkTo('actionPack', t)],
    title: t('actionPack.title'),
    notice: status.notice ?? '',
    error: status.error ?? '',
    facts,
    status: actionPack.autoRenew
      ? t('actionPack.renewsOn', { renewalDate: date(renewalDate) })
      : turnOn === 'ok'
        ? t('actionPack.canTurnOn')
        : t('actionPack.awaitingRenewal', { renewalDate: date(renewalDate) }),
    turnOff: { visible: mayManage && actionPack.autoRenew, button: t('actionPack.turnOffButton') },
    turnOn: { visible: mayManage && !actionPack.autoRenew, button: t('actionPack.turnOnButton') },
    record: {
      visible: mayManage,
      heading: t('actionPack.recordHeading'),
      note: t('actionPack.recordNote'),
      dateLabel: t('actionPack.renewalDateLabel'),
      dateError: t('actionPack.renewalDateError'),
      min: actionPack.lastRenewalDate ?? actionPack.purchaseDate,
      max: todayUtc(now),
      value: typeof status.renewal?.value === 'string' ? status.renewal.value.slice(0, 10) : '',
      problem: status.renewal?.problem ?? '',
      button: t('actionPack.recordButton'),
    },
    note: mayManage ? '' : t('actionPack.onlyAdmins', { holders: formatList(state.managers, t) }),
  };
}

/** The warning before automatic renewal goes off. */
export function actionPackTurnOffCardData(state: ActionPackState, t: Translate, locale: Locale): ActionPackTurnOffCardData {
  return {
    title: t('actionPack.confirmOff.title'),
    warning: t('actionPack.confirmOff.warning', { renewalDate: formatDate(state.renewalDate, locale) }),
    confirmButton: t('actionPack.confirmOff.confirmButton'),
    keepButton: t('actionPack.confirmOff.keepButton'),
  };
}
