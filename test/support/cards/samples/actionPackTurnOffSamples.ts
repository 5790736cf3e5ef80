import type { Locale, Translate } from '../../../../bot/i18n';
import { actionPackTurnOffCardData } from '../../../../cards/actionPack/actionPackCardData';
import type { ActionPackTurnOffCardData } from '../../../../cards/actionPack/actionPackTurnOff';
import { demoCompany } from './demoCompany';

/** The warning before automatic renewal of the demo Action Pack goes off. */
export function actionPackTurnOffSamples(t: Translate, locale: Locale): Record<string, ActionPackTurnOffCardData> {
  const actionPack = demoCompany().tenant.membership.actionPack;
  if (!actionPack) throw new Error('examples/demo-tenant.json has no Action Pack for the card samples');
  const state = { actionPack, renewalDate: '2027-01-15', turnOn: 'alreadyOn' as const, mayManage: true, managers: [] };
  return { confirm: actionPackTurnOffCardData(state, t, locale) };
}
