import type { Locale, Translate } from '../../../../bot/i18n';
import type { CancellationAssessment } from '../../../../bot/services/cancellations';
import { cancellationCardData } from '../../../../cards/cancellation/cancellationCardData';
import type { CancellationCardData } from '../../../../cards/cancellation/cancellation';
import { demoCompany } from './demoCompany';

/** The confirmation for each refund verdict the demo company can get. */
export function cancellationSamples(t: Translate, locale: Locale): Record<string, CancellationCardData> {
  const company = demoCompany();
  const software = company.benefits.find((benefit) => benefit.category === 'software' && !benefit.activated);
  const activated = company.benefits.find((benefit) => benefit.category === 'software' && benefit.activated);
  const actionPack = company.tenant.membership.actionPack;
  if (!software || !activated || !actionPack) {
    throw new Error('examples/demo-tenant.json needs an Action Pack and activated and unactivated software for the card samples');
  }
  const reason = t('cancellation.actionPack');
  const sample = (assessment: CancellationAssessment) => cancellationCardData(assessment, reason, t, locale);
  return {
    eligible: sample({
      target: { kind: 'benefit', benefit: software },
      verdict: { eligible: true, failures: [], purchaseDate: '2026-01-15', deadline: '2026-02-14', activatedSoftware: [] },
    }),
    'window-passed': sample({
      target: { kind: 'benefit', benefit: software },
      verdict: { eligible: false, failures: ['windowPassed'], purchaseDate: '2026-01-15', deadline: '2026-02-14', activatedSoftware: [] },
    }),
    'action-pack-both-rules-fail': sample({
      target: { kind: 'actionPack', actionPack },
      verdict: {
        eligible: false,
        failures: ['windowPassed', 'softwareActivated'],
        purchaseDate: actionPack.purchaseDate,
        deadline: '2026-02-14',
        activatedSoftware: [activated.name],
      },
    }),
    'purchase-date-unknown': sample({
      target: { kind: 'benefit', benefit: software },
      verdict: { eligible: false, failures: ['purchaseDateUnknown'], activatedSoftware: [] },
    }),
  };
}
