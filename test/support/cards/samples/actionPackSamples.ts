import type { Locale, Translate } from '../../../../bot/i18n';
import type { ActionPackState } from '../../../../bot/services/actionPackSubscription';
import { formatDate } from '../../../../cards/shared/formatting';
import type { ActionPackCardData } from '../../../../cards/actionPack/actionPack';
import { actionPackCardData, type ActionPackCardStatus } from '../../../../cards/actionPack/actionPackCardData';
import { demoCompany } from './demoCompany';

const NOW = new Date('2026-11-21T10:00:00Z');

/** The demo Action Pack as an admin and an employee see it, with renewal off before and after a renewal. */
export function actionPackSamples(t: Translate, locale: Locale): Record<string, ActionPackCardData> {
  const company = demoCompany();
  const actionPack = company.tenant.membership.actionPack;
  if (!actionPack) throw new Error('examples/demo-tenant.json has no Action Pack for the card samples');
  const managers = company.users.filter((user) => user.roles.some((role) => role === 'globalAdmin' || role === 'mpnPartnerAdmin'));
  const state = (overrides: Partial<ActionPackState>): ActionPackState => ({
    actionPack,
    renewalDate: '2027-01-15',
    turnOn: 'alreadyOn',
    mayManage: true,
    managers: [],
    ...overrides,
  });
  const off = { ...actionPack, autoRenew: false, autoRenewOffSince: '2026-11-01' };
  const renewed = { ...off, lastRenewalDate: '2026-11-20' };
  return {
    admin: actionPackCardData(state({}), NOW, t, locale),
    employee: actionPackCardData(
      state({ mayManage: false, managers: managers.map((user) => user.displayName) }),
      NOW,
      t,
      locale,
    ),
    'off-awaiting-renewal': actionPackCardData(
      state({ actionPack: off, turnOn: 'awaitingRenewal' }),
      NOW,
      t,
      locale,
      { notice: t('actionPack.done.turnedOff', { renewalDate: formatDate('2027-01-15', locale) }) },
    ),
    'off-renewed': actionPackCardData(
      state({ actionPack: renewed, turnOn: 'ok', renewalDate: '2028-01-15' }),
      NOW,
      t,
      locale,
      { notice: t('actionPack.done.renewed', { renewalDate: formatDate('2026-11-20', locale), nextRenewal: formatDate('2028-01-15', locale) }) },
    ),
    'renewal-refused': actionPackCardData(state({}), NOW, t, locale, renewalRefused(t, locale)),
  };
}

/** A renewal date in the future, sent back with the date kept and the reason under it. */
function renewalRefused(t: Translate, locale: Locale): ActionPackCardStatus {
  const problem = t('refusals.renewalInFuture', { renewalDate: formatDate('2026-11-22', locale) });
  return { error: problem, renewal: { value: '2026-11-22', problem } };
}
