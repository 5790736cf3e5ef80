import type { Locale, Translate } from '../../../../bot/i18n';
import { formatDate } from '../../../../cards/shared/formatting';
import type { ActionDoneCardData } from '../../../../cards/actionDone/actionDone';

/** A result card as it replaces the card an action came from. */
export function actionDoneSamples(t: Translate, locale: Locale): Record<string, ActionDoneCardData> {
  const benefit = 'Visual Studio Professional subscription';
  return {
    assigned: {
      title: t('visualStudio.assigned.title', { benefit }),
      text: t('visualStudio.assigned.text', { assignee: 'Adele Vance' }),
      facts: [
        { label: t('visualStudio.facts.person'), value: 'Adele Vance' },
        { label: t('visualStudio.facts.assignedOn'), value: formatDate('2026-11-21', locale) },
        { label: t('visualStudio.facts.seats'), value: t('visualStudio.seats', { used: 3, total: 3 }) },
      ],
    },
    'no-facts': { title: t('visualStudio.reassigned.title', { benefit }), text: '', facts: [] },
  };
}
